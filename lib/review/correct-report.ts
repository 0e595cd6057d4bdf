import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { maySeePersonalData } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { evaluateReport } from "@/lib/hearings/evaluate-report";
import { parseReport } from "@/lib/hearings/parse-report";
import { auditedChanges, diffReports, freeTextCodes } from "@/lib/hearings/report-diff";
import { assertReferences, loadStoredReport, writeReport } from "@/lib/hearings/report-store";
import { incompleteError } from "@/lib/hearings/submit-hearing-report";
import { loadForMove } from "./reviewed-hearing";
import type { CorrectReportInput } from "./schema";

export interface CorrectionResult {
  hearingId: number;
  version: number;
  changed: number;
}

type StandardResult = { standardId: number; result: string; nonCompliantCount: number };

/** The standards whose result the correction changed, before and after. */
function changedStandards(before: StandardResult[], after: StandardResult[]) {
  const key = (r: StandardResult | undefined) => (r ? `${r.result}:${r.nonCompliantCount}` : "");
  const old = new Map(before.map((r) => [r.standardId, r]));
  const changed = after.filter((r) => key(r) !== key(old.get(r.standardId)));
  return {
    before: changed.map((r) => old.get(r.standardId) ?? { standardId: r.standardId, result: null, nonCompliantCount: 0 }),
    after: changed,
  };
}

/**
 * Corrects an approved report: a reviewer edits it and says why. It is validated and judged by the same
 * rules as the monitor's submission (complete, per-standard results recomputed), stays APPROVED, and the
 * revision (before, after and the reason) goes to the audit log in the same transaction. A correction that
 * changes nothing is refused. Names are kept as stored when the reviewer may not see them.
 */
export async function correctReport(input: CorrectReportInput, user: SessionUser): Promise<CorrectionResult> {
  return prisma.$transaction(async (tx) => {
    await loadForMove(tx, "correct", input.hearingId, input.baseVersion, user);
    const stored = await loadStoredReport(tx, input.hearingId, user);
    const values = parseReport(stored.checklist.questions, input.report);
    // A corrector who may not see personal data was shown none: what they could not see stays as stored.
    if (!maySeePersonalData(user, stored)) {
      values.personal = stored.values.personal;
      values.facts.narrative = stored.values.facts.narrative;
      for (const code of freeTextCodes(stored.checklist.questions)) values.answers[code] = stored.values.answers[code] ?? null;
    }
    const evaluation = evaluateReport(values, stored.checklist.questions, stored.kase);
    if (evaluation.missingFacts.length || evaluation.missingAnswers.length) throw incompleteError(evaluation);
    await assertReferences(tx, stored, evaluation.values);
    if (!diffReports(stored.values, evaluation.values).length) {
      throw new AppError("VALIDATION", "The correction changes nothing", undefined, { reason: "nothingChanged" });
    }

    const resultsBefore = await tx.hearingStandardResult.findMany({ where: { hearingId: stored.id }, select: { standardId: true, result: true, nonCompliantCount: true } });
    const { version, changes } = await writeReport(tx, stored, evaluation);
    const audited = auditedChanges(changes, freeTextCodes(stored.checklist.questions));
    const standards = changedStandards(resultsBefore, evaluation.checklist.standards);
    await recordAudit(tx, {
      actorId: user.id, action: "hearing.correct", entityType: "Hearing", entityId: stored.id,
      before: { ...audited.before, version: stored.version, ...(standards.before.length ? { standards: standards.before } : {}) },
      after: { ...audited.after, version, ...(standards.after.length ? { standards: standards.after } : {}) },
      meta: { reason: input.reason, reviewState: "APPROVED" },
    });
    return { hearingId: stored.id, version, changed: changes.length };
  });
}
