import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors/app-error";
import { evaluateReport, type ReportEvaluation } from "./evaluate-report";
import { runOnce } from "./idempotency";
import { parseReport } from "./parse-report";
import { auditedChanges, freeTextCodes } from "./report-diff";
import { observedTimingErrors } from "./timing";
import { assertReferences, assertWritable, loadStoredReport, writeReport } from "./report-store";
import type { SubmitHearingReportInput } from "./schema";

export interface SubmitResult {
  hearingId: number;
  version: number;
  submittedAt: string;
}

/** The missing items as field errors, so that the form can point at each one. */
export function incompleteError(evaluation: ReportEvaluation): AppError {
  const fieldErrors: Record<string, string[]> = {};
  for (const key of evaluation.missingFacts) fieldErrors[`facts.${key}`] = ["validation.required"];
  for (const code of evaluation.missingAnswers) fieldErrors[`answers.${code}`] = ["validation.required"];
  return new AppError("VALIDATION", "The report is not complete", fieldErrors, {
    missingFacts: evaluation.missingFacts,
    missingAnswers: evaluation.missingAnswers,
  });
}

/**
 * Submits a report for review: the values the monitor sees are saved, checked for completeness against
 * the facts and the checklist version, the answers and per-standard results stored, the report moved to
 * SUBMITTED (read-only for the monitor) and the audit log written, in one transaction. An incomplete
 * report is refused and nothing is written.
 */
export async function submitHearingReport(input: SubmitHearingReportInput, user: SessionUser): Promise<SubmitResult> {
  return runOnce("hearing.submit", user.id, input.idempotencyKey, input, async (tx) => {
    const stored = await loadStoredReport(tx, input.hearingId, user);
    await assertWritable(tx, stored, user, input.baseVersion);
    const values = parseReport(stored.checklist.questions, input.report);
    const evaluation = evaluateReport(values, stored.checklist.questions, stored.kase);
    if (evaluation.missingFacts.length || evaluation.missingAnswers.length) throw incompleteError(evaluation);
    const timing = observedTimingErrors(evaluation.values.facts);
    if (Object.keys(timing).length) throw new AppError("VALIDATION", "The hearing has not taken place yet", timing);
    await assertReferences(tx, stored, evaluation.values);
    const submittedAt = new Date();
    const { version, changes } = await writeReport(tx, stored, evaluation, { reviewState: "SUBMITTED", submittedAt });
    const audited = auditedChanges(changes, freeTextCodes(stored.checklist.questions));
    await recordAudit(tx, {
      actorId: user.id, action: "hearing.submit", entityType: "Hearing", entityId: stored.id,
      before: { ...audited.before, reviewState: stored.reviewState, version: stored.version },
      after: {
        ...audited.after, reviewState: "SUBMITTED", version, submittedAt,
        standards: evaluation.checklist.standards.map((s) => ({ standardId: s.standardId, result: s.result, nonCompliantCount: s.nonCompliantCount })),
      },
    });
    return { hearingId: stored.id, version, submittedAt: submittedAt.toISOString() };
  });
}
