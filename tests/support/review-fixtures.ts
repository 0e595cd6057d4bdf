// Builders for review tests: reports submitted (and approved) through the same domain functions the
// actions use, so that every test starts from a state the application itself can reach.
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { submitHearingReport } from "@/lib/hearings/submit-hearing-report";
import { approveReport } from "@/lib/review/approve-report";
import { answerAll, heldFacts, newKey, scheduleDraft } from "./hearing-fixtures";

/** A held hearing's complete report, submitted for review; `nonCompliant` lists the codes answered non-compliant. */
export async function submittedReport(monitor: SessionUser, options: { nonCompliant?: string[]; caseOf?: number } = {}) {
  const draft = await scheduleDraft(monitor);
  if (options.caseOf) {
    // Move the new hearing into an existing case: several hearings of one case.
    const kase = await prisma.hearing.findUniqueOrThrow({ where: { id: options.caseOf }, select: { caseId: true } });
    await prisma.hearing.update({ where: { id: draft.hearingId }, data: { caseId: kase.caseId } });
  }
  const report = answerAll(draft.checklist, draft.kase, heldFacts(), options.nonCompliant ?? []);
  const submitted = await submitHearingReport({ hearingId: draft.hearingId, baseVersion: draft.version, idempotencyKey: newKey(), report }, monitor);
  return { ...draft, version: submitted.version, report };
}

/** A report submitted by the monitor and approved by the reviewer. */
export async function approvedReport(monitor: SessionUser, reviewer: SessionUser, options: { nonCompliant?: string[]; caseOf?: number } = {}) {
  const submitted = await submittedReport(monitor, options);
  const approved = await approveReport({ hearingId: submitted.hearingId, baseVersion: submitted.version }, reviewer);
  return { ...submitted, version: approved.version };
}

/** What a hearing looks like in the database, to compare before and after a refused action. */
export async function hearingState(hearingId: number) {
  const [hearing, comments, audit] = await Promise.all([
    prisma.hearing.findUniqueOrThrow({ where: { id: hearingId }, include: { answers: { orderBy: { questionCode: "asc" } }, standardResults: { orderBy: { standardId: "asc" } } } }),
    prisma.reviewComment.findMany({ where: { hearingId }, orderBy: { id: "asc" } }),
    prisma.auditLog.count({ where: { entityType: "Hearing", entityId: String(hearingId) } }),
  ]);
  const { updatedAt: _updatedAt, answers, ...rest } = hearing;
  return { hearing: rest, answers: answers.map(({ updatedAt: _u, ...a }) => a), comments, audit };
}
