import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";

// The session comes from next-auth's cookie in the app; here the test decides who is signed in.
let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
const { createFindingAction, setFindingStatusAction, updateFindingAction } = await import("@/lib/findings/actions");
const { findingsOnHearing, getFinding, listFindings } = await import("@/lib/findings/queries");
const { findingFormContext } = await import("@/lib/findings/form-queries");
const { findingListFiltersSchema } = await import("@/lib/findings/schema");
const { createUser, regionId } = await import("../../support/fixtures");
const { courtId, scheduleDraft } = await import("../../support/hearing-fixtures");
const { approvedReport, submittedReport } = await import("../../support/review-fixtures");

const as = (user: SessionUser) => { signedIn = user; };
const standardId = async (number: number) => (await prisma.standard.findUniqueOrThrow({ where: { number } })).id;
const filters = (values: Record<string, unknown> = {}) => findingListFiltersSchema.parse({ size: 100, ...values });

describe("findings", () => {
  let monitor: SessionUser;
  let analyst: SessionUser;
  beforeEach(async () => {
    monitor = await createUser("MONITOR");
    analyst = await createUser("ANALYST");
    as(analyst);
  });

  it("records a finding on two hearings of one case: it is about that case, and each hearing shows it", async () => {
    const first = await approvedReport(monitor, analyst, { nonCompliant: ["LANG_INTERPRETER_PRESENT"] });
    const second = await submittedReport(monitor, { caseOf: first.hearingId, nonCompliant: ["LANG_INTERPRETER_PRESENT"] });
    const result = await createFindingAction({ standardId: await standardId(9), severity: "SERIOUS", title: " No interpreter twice ", description: "At both hearings.", hearingIds: [first.hearingId, second.hearingId] });
    expect(result).toMatchObject({ ok: true });
    const { findingId } = (result as { data: { findingId: number } }).data;
    const finding = await getFinding(findingId);
    const caseId = (await prisma.hearing.findUniqueOrThrow({ where: { id: first.hearingId } })).caseId;
    expect(finding).toMatchObject({ title: "No interpreter twice", severity: "SERIOUS", status: "OPEN", case: { id: caseId }, standard: { number: 9 }, createdBy: { name: analyst.name } });
    expect(finding!.hearings.map((h) => [h.id, h.result])).toEqual([[first.hearingId, "NON_COMPLIANT"], [second.hearingId, "NON_COMPLIANT"]]);
    expect((await findingsOnHearing(second.hearingId)).map((f) => f.id)).toEqual([findingId]);
  });

  it("a finding across several cases is about no single case", async () => {
    const a = await submittedReport(monitor);
    const b = await submittedReport(monitor);
    const result = await createFindingAction({ standardId: await standardId(1), severity: "MINOR", title: "Unlisted hearings", description: "A pattern.", hearingIds: [a.hearingId, b.hearingId] });
    const finding = await getFinding((result as { data: { findingId: number } }).data.findingId);
    expect(finding?.case).toBeNull();
  });

  it("rests only on submitted or approved reports that exist, under a standard that exists; otherwise nothing is written", async () => {
    const draft = await scheduleDraft(monitor);
    const submitted = await submittedReport(monitor);
    const before = await prisma.finding.count();
    const audited = await prisma.auditLog.count({ where: { entityType: "Finding" } });
    const base = { standardId: await standardId(1), severity: "MINOR" as const, title: "T", description: "D" };
    expect(await createFindingAction({ ...base, hearingIds: [submitted.hearingId, draft.hearingId] }))
      .toMatchObject({ ok: false, code: "INVALID_STATE", details: { reason: "hearingNotReviewed", hearingId: draft.hearingId, state: "DRAFT" } });
    expect(await createFindingAction({ ...base, hearingIds: [2_000_000_000] })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { hearingIds: ["validation.invalid"] } });
    expect(await createFindingAction({ ...base, standardId: 999_999, hearingIds: [submitted.hearingId] })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { standardId: ["validation.invalid"] } });
    expect(await createFindingAction({ ...base, hearingIds: [] })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { hearingIds: ["validation.tooFew?minimum=1"] } });
    expect(await createFindingAction({ ...base, severity: "CATASTROPHIC" as never, hearingIds: [submitted.hearingId] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await prisma.finding.count()).toBe(before);
    expect(await prisma.auditLog.count({ where: { entityType: "Finding" } })).toBe(audited);
  });

  it("only analysts and admins record, change and close findings", async () => {
    const report = await submittedReport(monitor);
    const input = { standardId: await standardId(1), severity: "MINOR" as const, title: "T", description: "D", hearingIds: [report.hearingId] };
    const created = await createFindingAction(input);
    const count = await prisma.finding.count();
    const findingId = (created as { data: { findingId: number } }).data.findingId;
    for (const role of ["MONITOR", "MANAGER"] as const) {
      as(role === "MONITOR" ? monitor : await createUser(role));
      expect(await createFindingAction(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await updateFindingAction({ ...input, findingId, baseVersion: 1, severity: "GRAVE" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await setFindingStatusAction({ findingId, baseVersion: 1, status: "CLOSED" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await prisma.finding.findUniqueOrThrow({ where: { id: findingId } })).toMatchObject({ version: 1, severity: "MINOR", status: "OPEN" });
    expect(await prisma.finding.count()).toBe(count);
    as(await createUser("ADMIN"));
    expect(await setFindingStatusAction({ findingId, baseVersion: 1, status: "CLOSED" })).toMatchObject({ ok: true });
  });

  it("changes are made at the version read: a stale one, or closing twice, is refused", async () => {
    const report = await submittedReport(monitor);
    const input = { standardId: await standardId(1), severity: "MINOR" as const, title: "T", description: "D", hearingIds: [report.hearingId] };
    const { findingId } = (await createFindingAction(input) as { data: { findingId: number } }).data;
    expect(await setFindingStatusAction({ findingId, baseVersion: 1, status: "CLOSED" })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await updateFindingAction({ ...input, findingId, baseVersion: 1, severity: "GRAVE" })).toMatchObject({ ok: false, code: "CONFLICT", details: { reason: "stale", version: 2 } });
    expect(await setFindingStatusAction({ findingId, baseVersion: 2, status: "CLOSED" })).toMatchObject({ ok: false, code: "INVALID_STATE", details: { reason: "alreadyClosed" } });
    expect(await prisma.finding.findUniqueOrThrow({ where: { id: findingId } })).toMatchObject({ version: 2, severity: "MINOR", status: "CLOSED" });
  });

  it("the list filters by standard, court, region, severity, status and the hearings' period", async () => {
    const prizrenMonitor = await createUser("MONITOR", { region: "PRIZREN" });
    const pristina = await submittedReport(monitor);
    const prizrenDraft = await scheduleDraft(prizrenMonitor, { court: "BC-PRIZREN" });
    // Move the Prizren hearing a year back so that the period filter tells the two apart.
    await prisma.hearing.update({ where: { id: prizrenDraft.hearingId }, data: { scheduledAt: new Date("2025-03-10T08:00:00Z") } });
    const prizren = await submittedReportFromDraft(prizrenMonitor, prizrenDraft);
    const [s1, s9] = [await standardId(1), await standardId(9)];
    const make = async (standard: number, severity: "MINOR" | "SERIOUS" | "GRAVE", hearingIds: number[]) =>
      (await createFindingAction({ standardId: standard, severity, title: `F ${severity}`, description: "D", hearingIds }) as { data: { findingId: number } }).data.findingId;
    const a = await make(s1, "MINOR", [pristina.hearingId]);
    const b = await make(s9, "GRAVE", [prizren]);
    const c = await make(s9, "SERIOUS", [pristina.hearingId, prizren]);
    await setFindingStatusAction({ findingId: c, baseVersion: 1, status: "CLOSED" });

    // Other tests of this file leave findings too: only this test's own are compared.
    const mine = new Set([a, b, c]);
    const ids = async (values: Record<string, unknown>) => (await listFindings(filters(values))).items.map((f) => f.id).filter((id) => mine.has(id));
    expect(await ids({})).toEqual([c, b, a]);
    expect(await ids({ standard: s9 })).toEqual([c, b]);
    expect(await ids({ severity: "GRAVE" })).toEqual([b]);
    expect(await ids({ status: "OPEN" })).toEqual([b, a]);
    expect(await ids({ court: await courtId("BC-PRIZREN") })).toEqual([c, b]);
    expect(await ids({ region: await regionId("PRISHTINE") })).toEqual([c, a]);
    expect(await ids({ from: "2025-01-01", to: "2025-12-31" })).toEqual([c, b]);
    expect(await ids({ from: "2026-01-01" })).toEqual([c, a]);
    expect(await ids({ region: await regionId("PRIZREN"), from: "2026-01-01" })).toEqual([]);
    const page = await listFindings(filters({ standard: s9 }));
    expect(page.total).toBe(page.items.length);
  });

  it("the form started from a report offers the case's reviewed hearings and the standards that report breached", async () => {
    const first = await approvedReport(monitor, analyst, { nonCompliant: ["LANG_INTERPRETER_PRESENT"] });
    const second = await submittedReport(monitor, { caseOf: first.hearingId });
    const draftOfCase = await scheduleDraft(monitor);
    await prisma.hearing.update({ where: { id: draftOfCase.hearingId }, data: { caseId: (await prisma.hearing.findUniqueOrThrow({ where: { id: first.hearingId } })).caseId } });
    const context = await findingFormContext({ hearing: first.hearingId });
    expect(context?.preselected).toEqual([first.hearingId]);
    expect(context?.candidates.map((c) => c.id).sort()).toEqual([first.hearingId, second.hearingId].sort());
    expect(context?.suggestedStandardIds).toEqual([await standardId(9)]);
    expect(await findingFormContext({ hearing: 2_000_000_000 })).toBeNull();
  });
});

/** Submits a draft made by the caller (in another region's court). */
async function submittedReportFromDraft(monitor: SessionUser, draft: Awaited<ReturnType<typeof scheduleDraft>>): Promise<number> {
  const { submitHearingReport } = await import("@/lib/hearings/submit-hearing-report");
  const { answerAll, heldFacts, newKey } = await import("../../support/hearing-fixtures");
  const hearing = await prisma.hearing.findUniqueOrThrow({ where: { id: draft.hearingId } });
  const { toCourtDateTimeInput } = await import("@/lib/time/zone");
  const facts = { ...heldFacts(), scheduledAt: toCourtDateTimeInput(hearing.scheduledAt) };
  await submitHearingReport({ hearingId: draft.hearingId, baseVersion: hearing.version, idempotencyKey: newKey(), report: answerAll(draft.checklist, draft.kase, facts) }, monitor);
  return draft.hearingId;
}
