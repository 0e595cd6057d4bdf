import "server-only";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";

export const notDraft = () => new AppError("INVALID_STATE", "A published version cannot change", undefined, { reason: "notDraft" });

/**
 * Locks a version for the rest of the transaction and checks that it is still a draft, so that a change
 * and a publication of the same version queue up instead of racing (the database trigger that freezes
 * published versions stays the last line of defence).
 */
export async function lockDraftVersion(tx: DbClient, versionId: number) {
  const rows = await tx.$queryRaw<{ status: string; templateId: number }[]>`
    SELECT "status", "templateId" FROM "ChecklistVersion" WHERE "id" = ${versionId} FOR UPDATE`;
  const version = rows[0];
  if (!version) throw new AppError("NOT_FOUND");
  if (version.status !== "DRAFT") throw notDraft();
  return version;
}

/** The draft a question belongs to, locked; NOT_FOUND for an unknown question. */
export async function lockDraftOfQuestion(tx: DbClient, questionId: number) {
  const question = await tx.checklistQuestion.findUnique({ where: { id: questionId }, select: { versionId: true } });
  if (!question) throw new AppError("NOT_FOUND");
  await lockDraftVersion(tx, question.versionId);
  return question.versionId;
}

/** Everything the audit log keeps of a question. */
export const QUESTION_AUDIT_SELECT = {
  id: true, versionId: true, code: true, standardId: true, position: true, answerType: true, options: true, condition: true,
  nonCompliantAnswers: true, required: true, textEn: true, textSq: true, textSr: true, helpEn: true, helpSq: true, helpSr: true,
} satisfies Prisma.ChecklistQuestionSelect;
