import "server-only";
import { prisma } from "@/lib/db";

export interface RegisteredCode {
  code: string;
  standard: { code: string; nameEn: string; nameSq: string; nameSr: string };
  /** Version numbers that ask this question (published ones, and the draft if any). */
  versions: { number: number; status: "DRAFT" | "PUBLISHED" }[];
  /** Asked by the newest published version; otherwise retired (or only in a draft so far). */
  current: boolean;
  /** Approved reports that answered it, whatever their version: each report counted once. */
  approvedReports: number;
  nonCompliant: number;
}

/**
 * Every question code ever used, with its standard, the versions that ask it and the approved answers
 * under it across versions. A code keeps its standard for good, so these rows are what reports that
 * span several versions can compare.
 */
export async function codeRegistry(templateId: number): Promise<RegisteredCode[]> {
  const [questions, newest, answers] = await Promise.all([
    prisma.checklistQuestion.findMany({
      where: { version: { templateId } },
      select: { code: true, version: { select: { number: true, status: true } }, standard: { select: { code: true, number: true, nameEn: true, nameSq: true, nameSr: true } } },
    }),
    prisma.checklistVersion.findFirst({ where: { templateId, status: "PUBLISHED" }, orderBy: { number: "desc" }, select: { questions: { select: { code: true } } } }),
    prisma.$queryRaw<{ code: string; reports: bigint; nonCompliant: bigint }[]>`
      SELECT a."questionCode" AS code, count(DISTINCT a."hearingId") AS reports,
             count(DISTINCT a."hearingId") FILTER (WHERE a."compliance" = 'NON_COMPLIANT') AS "nonCompliant"
      FROM "Answer" a
      JOIN "Hearing" h ON h."id" = a."hearingId"
      JOIN "ChecklistVersion" v ON v."id" = h."checklistVersionId"
      WHERE h."reviewState" = 'APPROVED' AND v."templateId" = ${templateId}
      GROUP BY a."questionCode"`,
  ]);
  const currentCodes = new Set(newest?.questions.map((q) => q.code) ?? []);
  const answerStats = new Map(answers.map((a) => [a.code, a]));
  const byCode = new Map<string, RegisteredCode & { standardNumber: number }>();
  for (const q of questions) {
    const entry = byCode.get(q.code) ?? {
      code: q.code, standard: q.standard, standardNumber: q.standard.number, versions: [], current: currentCodes.has(q.code),
      approvedReports: Number(answerStats.get(q.code)?.reports ?? 0), nonCompliant: Number(answerStats.get(q.code)?.nonCompliant ?? 0),
    };
    entry.versions.push({ number: q.version.number, status: q.version.status });
    byCode.set(q.code, entry);
  }
  return [...byCode.values()]
    .map(({ standardNumber: _n, ...entry }) => ({ ...entry, versions: entry.versions.sort((a, b) => a.number - b.number) }))
    .sort((a, b) => a.standard.code.localeCompare(b.standard.code) || a.code.localeCompare(b.code));
}
