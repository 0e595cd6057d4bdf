import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { evaluateChecklist } from "@/lib/checklists/compliance";
import { toQuestionRule } from "@/lib/checklists/question-view";
import { prisma } from "@/lib/db";
import { conditionFactsOf } from "@/lib/hearings/fact-rules";

// The session comes from next-auth's cookie in the app; here the test decides who is signed in.
let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
const { saveHearingDraftAction, submitHearingReportAction } = await import("@/lib/hearings/actions");
const { createUser } = await import("../../support/fixtures");
const { answerAll, emptyPersonal, heldFacts, newKey, scheduleDraft } = await import("../../support/hearing-fixtures");

const auditCount = (hearingId: number) => prisma.auditLog.count({ where: { entityType: "Hearing", entityId: String(hearingId) } });

describe("saving and submitting a hearing report", () => {
  let monitor: SessionUser;
  beforeEach(async () => {
    monitor = await createUser("MONITOR");
    signedIn = monitor;
  });

  it("saves a draft: facts, derived timing, answers and per-standard results, with an audit entry", async () => {
    const draft = await scheduleDraft(monitor);
    const facts = heldFacts();
    const report = { facts, personal: { ...emptyPersonal(), defendantNames: "A. B." }, answers: { PUB_LISTED: "NO", LANG_INTERPRETER_PRESENT: "YES" } };
    const result = await saveHearingDraftAction({ hearingId: draft.hearingId, baseVersion: draft.version, idempotencyKey: newKey(), report });
    expect(result).toMatchObject({ ok: true, data: { version: draft.version + 1, delayMinutes: 25, durationMinutes: 75 } });

    const hearing = await prisma.hearing.findUniqueOrThrow({ where: { id: draft.hearingId }, include: { answers: true, standardResults: true, personalData: true } });
    expect(hearing).toMatchObject({ status: "HELD", delayMinutes: 25, durationMinutes: 75, version: draft.version + 1, reviewState: "DRAFT" });
    expect(hearing.personalData?.defendantNames).toBe("A. B.");
    expect(Object.fromEntries(hearing.answers.map((a) => [a.questionCode, [a.value, a.compliance]]))).toEqual({
      PUB_LISTED: ["NO", "NON_COMPLIANT"], LANG_INTERPRETER_PRESENT: ["YES", "COMPLIANT"],
    });
    const publicStandard = await prisma.standard.findUniqueOrThrow({ where: { number: 1 } });
    expect(hearing.standardResults.find((r) => r.standardId === publicStandard.id)).toMatchObject({ result: "NON_COMPLIANT", nonCompliantCount: 1 });

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "hearing.save", entityId: String(draft.hearingId) } });
    expect(audit.actorId).toBe(monitor.id);
    expect(audit.after).toMatchObject({ "facts.status": "HELD", "answers.PUB_LISTED": "NO", "personal.defendantNames": "(changed)" });
    // Names of people never enter the append-only log.
    expect(JSON.stringify([audit.before, audit.after, audit.meta])).not.toContain("A. B.");
  });

  it("clears answers to questions that stopped applying, on the server", async () => {
    const draft = await scheduleDraft(monitor);
    const facts = heldFacts();
    const first = await saveHearingDraftAction({ hearingId: draft.hearingId, baseVersion: draft.version, idempotencyKey: newKey(), report: { facts, personal: { ...emptyPersonal(), victimNames: "V." }, answers: { VR_INFORMED: "NO", PUB_LISTED: "YES" } } });
    expect(first.ok).toBe(true);
    const second = await saveHearingDraftAction({
      hearingId: draft.hearingId, baseVersion: draft.version + 1, idempotencyKey: newKey(),
      report: { facts: { ...facts, victimInvolved: false }, personal: { ...emptyPersonal(), victimNames: "V." }, answers: { VR_INFORMED: "NO", PUB_LISTED: "YES" } },
    });
    expect(second).toMatchObject({ ok: true, data: { cleared: { answers: ["VR_INFORMED"], facts: ["victimPresent"], personal: ["victimNames"] } } });
    const answers = await prisma.answer.findMany({ where: { hearingId: draft.hearingId } });
    expect(answers.map((a) => a.questionCode)).toEqual(["PUB_LISTED"]);
    expect((await prisma.hearingPersonalData.findUnique({ where: { hearingId: draft.hearingId } }))?.victimNames).toBeNull();
    const victims = await prisma.standard.findUniqueOrThrow({ where: { number: 12 } });
    expect(await prisma.hearingStandardResult.findUnique({ where: { hearingId_standardId: { hearingId: draft.hearingId, standardId: victims.id } } })).toMatchObject({ result: "NOT_APPLICABLE" });
  });

  it("a hearing marked cancelled loses its times and outcome on save", async () => {
    const draft = await scheduleDraft(monitor);
    const facts = { ...heldFacts(), status: "CANCELLED" as const, verdictPronounced: true, verdict: "CONVICTION" as const, sentenceType: "FINE" as const, fineEur: 300 };
    const result = await saveHearingDraftAction({ hearingId: draft.hearingId, baseVersion: draft.version, idempotencyKey: newKey(), report: { facts, personal: emptyPersonal(), answers: {} } });
    expect(result).toMatchObject({ ok: true, data: { delayMinutes: null, durationMinutes: null } });
    expect(!result.ok || result.data.cleared.facts.sort()).toEqual(["actualStartTime", "endTime", "fineEur", "sentenceType", "verdict", "verdictPronounced"]);
    expect(await prisma.hearing.findUniqueOrThrow({ where: { id: draft.hearingId } })).toMatchObject({
      status: "CANCELLED", actualStartAt: null, endedAt: null, delayMinutes: null, verdict: null, sentenceType: null, fineEur: null, verdictPronounced: null,
    });
  });

  it("a retried save with the same key returns the first result and writes once", async () => {
    const draft = await scheduleDraft(monitor);
    const input = { hearingId: draft.hearingId, baseVersion: draft.version, idempotencyKey: newKey(), report: { facts: heldFacts(), personal: emptyPersonal(), answers: { PUB_LISTED: "YES" } } };
    const first = await saveHearingDraftAction(input);
    const again = await saveHearingDraftAction(input);
    expect(again).toEqual(first);
    expect((await prisma.hearing.findUniqueOrThrow({ where: { id: draft.hearingId } })).version).toBe(draft.version + 1);
    expect(await prisma.auditLog.count({ where: { action: "hearing.save", entityId: String(draft.hearingId) } })).toBe(1);
  });

  it("refuses a key sent again with another request, and writes nothing", async () => {
    const draft = await scheduleDraft(monitor);
    const input = { hearingId: draft.hearingId, baseVersion: draft.version, idempotencyKey: newKey(), report: { facts: heldFacts(), personal: emptyPersonal(), answers: { PUB_LISTED: "YES" } } };
    expect((await saveHearingDraftAction(input)).ok).toBe(true);
    const reused = await saveHearingDraftAction({ ...input, baseVersion: draft.version + 1, report: { ...input.report, answers: { PUB_LISTED: "NO" } } });
    expect(reused).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await prisma.answer.findFirstOrThrow({ where: { hearingId: draft.hearingId } })).value).toBe("YES");
    expect((await prisma.hearing.findUniqueOrThrow({ where: { id: draft.hearingId } })).version).toBe(draft.version + 1);
  });

  it("refuses a stale save and returns the version that won", async () => {
    const draft = await scheduleDraft(monitor);
    const base = { hearingId: draft.hearingId, baseVersion: draft.version, report: { facts: heldFacts(), personal: emptyPersonal(), answers: { PUB_LISTED: "YES" } } };
    expect((await saveHearingDraftAction({ ...base, idempotencyKey: newKey() })).ok).toBe(true);
    const stale = await saveHearingDraftAction({ ...base, idempotencyKey: newKey(), report: { ...base.report, answers: { PUB_LISTED: "NO" } } });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", details: { version: draft.version + 1, values: { answers: { PUB_LISTED: "YES" } } } });
    expect((await prisma.answer.findFirstOrThrow({ where: { hearingId: draft.hearingId } })).value).toBe("YES");
  });

  it("two saves racing on one version: one is written, the other refused with the winner's values", async () => {
    const draft = await scheduleDraft(monitor);
    const save = (answer: string) => saveHearingDraftAction({
      hearingId: draft.hearingId, baseVersion: draft.version, idempotencyKey: newKey(),
      report: { facts: heldFacts(), personal: emptyPersonal(), answers: { PUB_LISTED: answer } },
    });
    const results = await Promise.all([save("YES"), save("NO")]);
    const won = results.filter((r) => r.ok);
    const lost = results.filter((r) => !r.ok);
    expect(won).toHaveLength(1);
    expect(lost).toEqual([expect.objectContaining({ code: "CONFLICT" })]);
    const stored = (await prisma.answer.findFirstOrThrow({ where: { hearingId: draft.hearingId } })).value;
    expect(!lost[0]!.ok && (lost[0]!.details as { version: number; values: { answers: Record<string, string> } })).toMatchObject({ version: draft.version + 1, values: { answers: { PUB_LISTED: stored } } });
    expect(await prisma.auditLog.count({ where: { action: "hearing.save", entityId: String(draft.hearingId) } })).toBe(1);
  });

  it("refuses to submit an incomplete report, naming what is missing, and writes nothing", async () => {
    const draft = await scheduleDraft(monitor);
    const before = await auditCount(draft.hearingId);
    const result = await submitHearingReportAction({
      hearingId: draft.hearingId, baseVersion: draft.version, idempotencyKey: newKey(),
      report: { facts: heldFacts(), personal: emptyPersonal(), answers: { PUB_LISTED: "YES" } },
    });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!result.ok && result.fieldErrors?.["answers.PUB_ADMITTED"]).toEqual(["validation.required"]);
    expect(!result.ok && result.fieldErrors?.["facts.status"]).toBeUndefined();
    const hearing = await prisma.hearing.findUniqueOrThrow({ where: { id: draft.hearingId }, include: { answers: true } });
    expect(hearing).toMatchObject({ reviewState: "DRAFT", version: draft.version, status: null, submittedAt: null });
    expect(hearing.answers).toEqual([]);
    expect(await auditCount(draft.hearingId)).toBe(before);
  });

  it("refuses to submit a report of a hearing that has not taken place yet, and writes nothing", async () => {
    const draft = await scheduleDraft(monitor);
    const before = await auditCount(draft.hearingId);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const report = answerAll(draft.checklist, draft.kase, { ...heldFacts(), scheduledAt: `${tomorrow}T09:00` });
    const result = await submitHearingReportAction({ hearingId: draft.hearingId, baseVersion: draft.version, idempotencyKey: newKey(), report });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "facts.scheduledAt": ["validation.hearingNotYetHeld"] } });
    expect(await prisma.hearing.findUniqueOrThrow({ where: { id: draft.hearingId } })).toMatchObject({ reviewState: "DRAFT", version: draft.version });
    expect(await auditCount(draft.hearingId)).toBe(before);
  });

  it("submits a complete report: answers and per-standard results agree with the compliance rules", async () => {
    const draft = await scheduleDraft(monitor);
    const facts = heldFacts();
    const report = answerAll(draft.checklist, draft.kase, facts, ["PUB_LISTED", "VR_SEPARATED", "GEN_RECONCILIATION"]);
    const result = await submitHearingReportAction({ hearingId: draft.hearingId, baseVersion: draft.version, idempotencyKey: newKey(), report });
    expect(result).toMatchObject({ ok: true, data: { version: draft.version + 1 } });

    const expected = evaluateChecklist(draft.checklist.questions.map(toQuestionRule), conditionFactsOf(facts, draft.kase), report.answers);
    expect(expected.missing).toEqual([]);
    const hearing = await prisma.hearing.findUniqueOrThrow({ where: { id: draft.hearingId }, include: { answers: true, standardResults: true } });
    expect(hearing.reviewState).toBe("SUBMITTED");
    expect(hearing.submittedAt).not.toBeNull();
    expect(Object.fromEntries(hearing.answers.map((a) => [a.questionCode, a.compliance]))).toEqual(Object.fromEntries(expected.answers.map((a) => [a.code, a.compliance])));
    const byStandard = (rows: { standardId: number; result: string; nonCompliantCount: number }[]) =>
      Object.fromEntries(rows.map((r) => [r.standardId, `${r.result}/${r.nonCompliantCount}`]));
    expect(byStandard(hearing.standardResults)).toEqual(byStandard(expected.standards));
    expect(expected.standards.filter((s) => s.result === "NON_COMPLIANT")).toHaveLength(3);

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "hearing.submit", entityId: String(draft.hearingId) } });
    expect(audit.before).toMatchObject({ reviewState: "DRAFT" });
    expect(audit.after).toMatchObject({ reviewState: "SUBMITTED" });

    // Read-only for the monitor from now on.
    const later = await saveHearingDraftAction({ hearingId: draft.hearingId, baseVersion: draft.version + 1, idempotencyKey: newKey(), report });
    expect(later).toMatchObject({ ok: false, code: "INVALID_STATE" });
  });
});
