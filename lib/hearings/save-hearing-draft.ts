import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { evaluateReport } from "./evaluate-report";
import { runOnce } from "./idempotency";
import { parseReport } from "./parse-report";
import { auditedChanges, freeTextCodes } from "./report-diff";
import { assertReferences, assertWritable, loadStoredReport, writeReport } from "./report-store";
import { deriveTiming } from "./timing";
import type { SaveResult } from "./save-result";
import type { SaveHearingDraftInput } from "./schema";

/**
 * Saves a draft (or a returned report) as the monitor left it: validated against its checklist version,
 * cleared of what stopped applying, with the per-standard results recomputed, audited, once per key.
 * A save that changes nothing writes nothing and keeps the version.
 */
export async function saveHearingDraft(input: SaveHearingDraftInput, user: SessionUser): Promise<SaveResult> {
  return runOnce("hearing.save", user.id, input.idempotencyKey, input, async (tx) => {
    const stored = await loadStoredReport(tx, input.hearingId, user);
    await assertWritable(tx, stored, user, input.baseVersion);
    const values = parseReport(stored.checklist.questions, input.report);
    const evaluation = evaluateReport(values, stored.checklist.questions, stored.kase);
    await assertReferences(tx, stored, evaluation.values);
    const cleared = { facts: evaluation.clearedFacts, personal: evaluation.clearedPersonal, answers: evaluation.checklist.cleared };
    const { version, changes } = await writeReport(tx, stored, evaluation);
    if (changes.length) {
      await recordAudit(tx, {
        actorId: user.id, action: "hearing.save", entityType: "Hearing", entityId: stored.id,
        ...auditedChanges(changes, freeTextCodes(stored.checklist.questions)),
        meta: { version, cleared },
      });
    }
    const { facts } = evaluation.values;
    const timing = deriveTiming(facts.scheduledAt, facts.actualStartTime, facts.endTime);
    return {
      hearingId: stored.id, version, savedAt: new Date().toISOString(), cleared,
      delayMinutes: timing?.delayMinutes ?? null, durationMinutes: timing?.durationMinutes ?? null,
    };
  });
}
