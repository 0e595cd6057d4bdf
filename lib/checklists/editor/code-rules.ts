import "server-only";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

const invalidCode = (message: string) => new AppError("VALIDATION", "Code not allowed", { "question.code": [message] });

/**
 * A code keeps its meaning across versions: once used (in any version, present or retired) for one
 * standard, it can never be used for another, or reports that roll answers up by code would mix
 * standards. Asking something new under another standard takes a new code.
 */
export async function assertCodeKeepsStandard(tx: DbClient, code: string, standardId: number) {
  const other = await tx.checklistQuestion.findFirst({
    where: { code, standardId: { not: standardId } },
    select: { standard: { select: { code: true } } },
  });
  if (other) throw invalidCode(`validation.codeOtherStandard?standard=${other.standard.code}`);
}

/** Within one version each code appears once. */
export async function assertCodeFreeInVersion(tx: DbClient, versionId: number, code: string, exceptQuestionId?: number) {
  const taken = await tx.checklistQuestion.findFirst({ where: { versionId, code, ...(exceptQuestionId ? { id: { not: exceptQuestionId } } : {}) }, select: { id: true } });
  if (taken) throw invalidCode("validation.codeTaken");
}

export async function assertStandardExists(tx: DbClient, standardId: number) {
  if (!(await tx.standard.findUnique({ where: { id: standardId }, select: { id: true } }))) {
    throw new AppError("VALIDATION", "No such standard", { "question.standardId": ["validation.invalid"] });
  }
}
