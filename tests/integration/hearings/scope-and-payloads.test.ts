import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { getHearingReport } from "@/lib/hearings/report-queries";

let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
const { saveHearingDraftAction, scheduleHearingAction, submitHearingReportAction } = await import("@/lib/hearings/actions");
const { searchCasesAction } = await import("@/lib/cases/actions");
const { createUser } = await import("../../support/fixtures");
const { answerAll, courtId, emptyPersonal, heldFacts, newKey, scheduleDraft } = await import("../../support/hearing-fixtures");

/** Everything an action could write: a refused call must leave all of it as it was. */
async function footprint() {
  const [hearings, cases, answers, results, audit, keys, personal] = await Promise.all([
    prisma.hearing.aggregate({ _count: { _all: true }, _sum: { version: true } }),
    prisma.case.count(), prisma.answer.count(), prisma.hearingStandardResult.count(), prisma.auditLog.count(),
    prisma.idempotencyKey.count(), prisma.hearingPersonalData.count(),
  ]);
  return { hearings: hearings._count._all, versions: hearings._sum.version, cases, answers, results, audit, keys, personal };
}

describe("scope of hearing reports", () => {
  let owner: SessionUser;
  beforeEach(async () => {
    owner = await createUser("MONITOR");
  });

  it("another region's monitor finds neither the report nor anything to act on", async () => {
    const draft = await scheduleDraft(owner);
    const stranger = await createUser("MONITOR", { region: "PRIZREN" });
    expect(await getHearingReport(draft.hearingId, stranger)).toBeNull();
    signedIn = stranger;
    const input = { hearingId: draft.hearingId, baseVersion: draft.version, idempotencyKey: newKey(), report: { facts: heldFacts(), personal: emptyPersonal(), answers: {} } };
    expect(await saveHearingDraftAction(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await submitHearingReportAction({ ...input, idempotencyKey: newKey() })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await searchCasesAction({ courtId: await courtId(), query: "P." })).toEqual({ ok: true, data: [] });

    // Once submitted, the report is still out of scope for another region.
    signedIn = owner;
    const complete = answerAll(draft.checklist, draft.kase, heldFacts());
    expect((await submitHearingReportAction({ ...input, idempotencyKey: newKey(), report: complete })).ok).toBe(true);
    expect(await getHearingReport(draft.hearingId, stranger)).toBeNull();
  });

  it("a colleague of the same region sees a submitted report read-only, never a draft, and not the names", async () => {
    const draft = await scheduleDraft(owner);
    const colleague = await createUser("MONITOR");
    expect(await getHearingReport(draft.hearingId, colleague)).toBeNull();
    signedIn = owner;
    const report = answerAll(draft.checklist, draft.kase, heldFacts());
    report.personal.defendantNames = "X. Y.";
    expect((await submitHearingReportAction({ hearingId: draft.hearingId, baseVersion: draft.version, idempotencyKey: newKey(), report })).ok).toBe(true);
    const seen = await getHearingReport(draft.hearingId, colleague);
    expect(seen).toMatchObject({ editable: false, showPersonal: false, reviewState: "SUBMITTED" });
    expect(seen?.values.personal.defendantNames).toBe("");
    signedIn = colleague;
    expect(await saveHearingDraftAction({ hearingId: draft.hearingId, baseVersion: draft.version + 1, idempotencyKey: newKey(), report })).toMatchObject({ ok: false, code: "INVALID_STATE" });
  });

  it("analysts and managers open any report read-only; only the analyst sees the names; neither may save", async () => {
    const draft = await scheduleDraft(owner);
    signedIn = owner;
    const report = { facts: { ...heldFacts(), narrative: "Q. R. told the court he was beaten." }, personal: { ...emptyPersonal(), defendantNames: "Q. R." }, answers: {} };
    expect((await saveHearingDraftAction({ hearingId: draft.hearingId, baseVersion: draft.version, idempotencyKey: newKey(), report })).ok).toBe(true);
    const analyst = await createUser("ANALYST");
    const manager = await createUser("MANAGER");
    expect(await getHearingReport(draft.hearingId, analyst)).toMatchObject({
      editable: false, showPersonal: true, values: { personal: { defendantNames: "Q. R." }, facts: { narrative: "Q. R. told the court he was beaten." } },
    });
    // The narrative may name people: it follows the names.
    expect(await getHearingReport(draft.hearingId, manager)).toMatchObject({ editable: false, showPersonal: false, values: { personal: { defendantNames: "" }, facts: { narrative: "" } } });
    signedIn = analyst;
    expect(await saveHearingDraftAction({ hearingId: draft.hearingId, baseVersion: draft.version + 1, idempotencyKey: newKey(), report })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("a report started offline and synced twice is created once", async () => {
    signedIn = owner;
    const input = { clientKey: newKey(), courtId: await courtId(), caseNumber: "  P.  991/2026 ", category: "CRIMINAL" as const, subject: "CORRUPTION" as const, scheduledAt: "2026-05-04T10:30", stage: null };
    const first = await scheduleHearingAction(input);
    const second = await scheduleHearingAction(input);
    expect(first).toMatchObject({ ok: true, data: { created: true } });
    expect(second).toMatchObject({ ok: true, data: { hearingId: first.ok && first.data.hearingId, created: false } });
    expect(await prisma.hearing.count({ where: { clientKey: input.clientKey } })).toBe(1);
    const kase = await prisma.case.findFirstOrThrow({ where: { caseNumber: "P. 991/2026" } });
    expect(kase).toMatchObject({ category: "CRIMINAL", subject: "CORRUPTION", createdById: owner.id });
    expect(await prisma.auditLog.count({ where: { action: "hearing.create", entityId: String(first.ok && first.data.hearingId) } })).toBe(1);

    // The same number again in the same court is the same case, whatever category is sent.
    const next = await scheduleHearingAction({ ...input, clientKey: newKey(), caseNumber: "P.   991/2026", category: null, subject: null });
    expect(next.ok).toBe(true);
    expect(await prisma.case.count({ where: { caseNumber: "P. 991/2026" } })).toBe(1);
  });

  it("a monitor schedules only in their region's courts, and a new case needs its category and subject", async () => {
    signedIn = owner;
    const base = { clientKey: newKey(), caseNumber: "C. 5/2026", category: null, subject: null, scheduledAt: "2026-05-04T10:30", stage: null };
    expect(await scheduleHearingAction({ ...base, courtId: await courtId("BC-PRIZREN") })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { courtId: ["validation.invalid"] } });
    expect(await scheduleHearingAction({ ...base, courtId: await courtId() })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { category: ["validation.required"], subject: ["validation.required"] } });
  });
});

describe("malformed and oversized payloads", () => {
  let owner: SessionUser;
  let draft: Awaited<ReturnType<typeof scheduleDraft>>;
  beforeEach(async () => {
    owner = await createUser("MONITOR");
    draft = await scheduleDraft(owner);
    signedIn = owner;
  });

  const valid = () => ({ hearingId: draft.hearingId, baseVersion: draft.version, idempotencyKey: newKey(), report: { facts: heldFacts(), personal: emptyPersonal(), answers: {} } });

  it.each([
    ["an answer the question does not allow", (v: ReturnType<typeof valid>) => ({ ...v, report: { ...v.report, answers: { PUB_LISTED: "MAYBE" } } }), "answers.PUB_LISTED"],
    ["an answer to a question the version does not have", (v: ReturnType<typeof valid>) => ({ ...v, report: { ...v.report, answers: { NO_SUCH_QUESTION: "YES" } } }), "answers"],
    ["an unknown fact", (v: ReturnType<typeof valid>) => ({ ...v, report: { ...v.report, facts: { ...v.report.facts, salary: 1 } } }), "facts"],
    ["an end before the start", (v: ReturnType<typeof valid>) => ({ ...v, report: { ...v.report, facts: { ...v.report.facts, endTime: "08:00" } } }), "facts.endTime"],
    ["a malformed time", (v: ReturnType<typeof valid>) => ({ ...v, report: { ...v.report, facts: { ...v.report.facts, scheduledAt: "2026-02-30T09:00" } } }), "facts.scheduledAt"],
    ["a wrong type", (v: ReturnType<typeof valid>) => ({ ...v, report: { ...v.report, facts: { ...v.report.facts, defendantCount: "two" } } }), "facts.defendantCount"],
    ["a bad idempotency key", (v: ReturnType<typeof valid>) => ({ ...v, idempotencyKey: "x" }), "idempotencyKey"],
    ["a missing version", (v: ReturnType<typeof valid>) => ({ ...v, baseVersion: undefined }), "baseVersion"],
  ])("save and submit refuse %s, naming the field, and write nothing", async (_name, mutate, path) => {
    const before = await footprint();
    for (const action of [saveHearingDraftAction, submitHearingReportAction]) {
      const result = await action(mutate(valid()) as never);
      expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(!result.ok && Object.keys(result.fieldErrors ?? {})).toContain(path);
    }
    expect(await footprint()).toEqual(before);
  });

  it("save and submit refuse a judge from another court and write nothing", async () => {
    const otherCourt = await prisma.court.findUniqueOrThrow({ where: { code: "BC-PEJE" } });
    const judge = await prisma.judge.create({ data: { courtId: otherCourt.id, name: `Judge ${newKey()}` } });
    const before = await footprint();
    const input = valid();
    const result = await saveHearingDraftAction({ ...input, report: { ...input.report, facts: { ...input.report.facts, judgeId: judge.id } } });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "facts.judgeId": ["validation.invalid"] } });
    expect(await footprint()).toEqual(before);
  });

  it("every action refuses an oversized payload before parsing it, and writes nothing", async () => {
    const before = await footprint();
    const huge = "x".repeat(120_000);
    const save = valid();
    expect(await saveHearingDraftAction({ ...save, report: { ...save.report, facts: { ...save.report.facts, narrative: huge } } })).toMatchObject({ ok: false, code: "PAYLOAD_TOO_LARGE" });
    expect(await submitHearingReportAction({ ...save, report: { ...save.report, facts: { ...save.report.facts, narrative: huge } } })).toMatchObject({ ok: false, code: "PAYLOAD_TOO_LARGE" });
    expect(await scheduleHearingAction({ clientKey: newKey(), courtId: await courtId(), caseNumber: huge, category: "CIVIL", subject: "LABOUR", scheduledAt: "2026-05-04T10:30", stage: null })).toMatchObject({ ok: false, code: "PAYLOAD_TOO_LARGE" });
    expect(await searchCasesAction({ courtId: await courtId(), query: huge })).toMatchObject({ ok: false, code: "PAYLOAD_TOO_LARGE" });
    expect(await footprint()).toEqual(before);
  });

  it("schedule and search refuse malformed input, naming the field, and write nothing", async () => {
    const before = await footprint();
    const court = await courtId();
    expect(await scheduleHearingAction({ clientKey: newKey(), courtId: court, caseNumber: "<script>", category: "CIVIL", subject: "LABOUR", scheduledAt: "2026-05-04T10:30", stage: null })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { caseNumber: ["validation.caseNumber"] } });
    expect(await scheduleHearingAction({ clientKey: newKey(), courtId: court, caseNumber: "C. 1/2026", category: "NOT_A_CATEGORY", subject: "LABOUR", scheduledAt: "tomorrow", stage: null } as never)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { category: ["validation.invalid"], scheduledAt: ["validation.invalidDate"] } });
    expect(await searchCasesAction({ courtId: "1", query: "" } as never)).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await footprint()).toEqual(before);
  });
});
