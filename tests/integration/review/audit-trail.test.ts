import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";

// The session comes from next-auth's cookie in the app; here the test decides who is signed in.
let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
const { approveReportAction, correctReportAction, returnReportAction } = await import("@/lib/review/actions");
const { submitHearingReportAction } = await import("@/lib/hearings/actions");
const { createFindingAction, setFindingStatusAction, updateFindingAction } = await import("@/lib/findings/actions");
const { createInterventionAction, recordReplyAction, updateInterventionAction } = await import("@/lib/interventions/actions");
const { createUser } = await import("../../support/fixtures");
const { newKey } = await import("../../support/hearing-fixtures");
const { submittedReport } = await import("../../support/review-fixtures");

const as = (user: SessionUser) => { signedIn = user; };
function ok<T>(result: { ok: true; data: T } | { ok: false; code: string }): T {
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result.data;
}
const entries = (entityType: string, entityId: number, since: Date) =>
  prisma.auditLog.findMany({ where: { entityType, entityId: String(entityId), createdAt: { gte: since } }, orderBy: { id: "asc" } });

describe("the audit log of the analyst's desk", () => {
  let monitor: SessionUser;
  let analyst: SessionUser;
  beforeEach(async () => {
    monitor = await createUser("MONITOR");
    analyst = await createUser("ANALYST");
  });

  it("holds who, what, before and after for every move of a report: return, resubmit, approve, correct", async () => {
    const report = await submittedReport(monitor);
    await prisma.hearingPersonalData.create({ data: { hearingId: report.hearingId, defendantNames: "Q. Z." } });
    const since = new Date();

    as(analyst);
    ok(await returnReportAction({ hearingId: report.hearingId, baseVersion: report.version, general: "Name the absent witness.", questions: [{ code: "PUB_LISTED", body: "Listed where?" }] }));
    as(monitor);
    const fixed = { ...report.report, personal: { ...report.report.personal, defendantNames: "Q. Z." }, facts: { ...report.report.facts, narrative: "Witness B. was absent." } };
    ok(await submitHearingReportAction({ hearingId: report.hearingId, baseVersion: report.version + 1, idempotencyKey: newKey(), report: fixed }));
    as(analyst);
    ok(await approveReportAction({ hearingId: report.hearingId, baseVersion: report.version + 2 }));
    const corrected = { ...fixed, personal: { ...fixed.personal, defendantNames: "Q. Zeqiri" }, answers: { ...fixed.answers, PUB_LISTED: "NO" } };
    ok(await correctReportAction({ hearingId: report.hearingId, baseVersion: report.version + 3, reason: "The court's schedule did not list it.", report: corrected }));

    const log = await entries("Hearing", report.hearingId, since);
    expect(log.map((e) => [e.action, e.actorId])).toEqual([
      ["hearing.return", analyst.id], ["hearing.submit", monitor.id], ["hearing.approve", analyst.id], ["hearing.correct", analyst.id],
    ]);
    const [returned, resubmitted, approved, correction] = log;
    expect(returned!.before).toMatchObject({ reviewState: "SUBMITTED", version: report.version });
    expect(returned!.after).toMatchObject({
      reviewState: "RETURNED", version: report.version + 1, reviewerId: analyst.id, round: 1,
      comments: [{ questionCode: null, body: "Name the absent witness." }, { questionCode: "PUB_LISTED", body: "Listed where?" }],
    });
    // The narrative may name people: the log keeps that it changed, not what it says.
    expect(resubmitted!.before).toMatchObject({ reviewState: "RETURNED", "facts.narrative": "(recorded)" });
    expect(resubmitted!.after).toMatchObject({ reviewState: "SUBMITTED", "facts.narrative": "(changed)" });
    expect(JSON.stringify(log.map((e) => [e.before, e.after]))).not.toContain("Witness B.");
    expect(approved!.before).toMatchObject({ reviewState: "SUBMITTED", version: report.version + 2, approvedAt: null });
    expect(approved!.after).toMatchObject({ reviewState: "APPROVED", version: report.version + 3, reviewerId: analyst.id });
    expect(correction!.before).toMatchObject({ "answers.PUB_LISTED": "YES", "personal.defendantNames": "(recorded)", version: report.version + 3, standards: [{ result: "COMPLIANT" }] });
    expect(correction!.after).toMatchObject({ "answers.PUB_LISTED": "NO", "personal.defendantNames": "(changed)", version: report.version + 4, standards: [{ result: "NON_COMPLIANT", nonCompliantCount: 1 }] });
    expect(correction!.meta).toEqual({ reason: "The court's schedule did not list it.", reviewState: "APPROVED" });
    // Names of people never enter the append-only log.
    expect(JSON.stringify(log.map((e) => [e.before, e.after, e.meta]))).not.toMatch(/Q\. Z/);
  });

  it("holds before and after for every change to a finding and an intervention", async () => {
    const first = await submittedReport(monitor);
    const second = await submittedReport(monitor, { caseOf: first.hearingId });
    const standard = await prisma.standard.findUniqueOrThrow({ where: { number: 9 } });
    const since = new Date();
    as(analyst);
    const { findingId } = ok(await createFindingAction({ standardId: standard.id, severity: "SERIOUS", title: "No interpreter", description: "Twice without an interpreter.", hearingIds: [first.hearingId] }));
    ok(await updateFindingAction({ findingId, baseVersion: 1, standardId: standard.id, severity: "GRAVE", title: "No interpreter", description: "Twice without an interpreter.", hearingIds: [first.hearingId, second.hearingId] }));
    ok(await setFindingStatusAction({ findingId, baseVersion: 2, status: "CLOSED" }));
    ok(await setFindingStatusAction({ findingId, baseVersion: 3, status: "OPEN" }));

    const findingLog = await entries("Finding", findingId, since);
    expect(findingLog.map((e) => e.action)).toEqual(["finding.create", "finding.update", "finding.close", "finding.reopen"]);
    expect(findingLog[0]!.before).toBeNull();
    expect(findingLog[0]!.after).toMatchObject({ severity: "SERIOUS", hearingIds: [first.hearingId], status: "OPEN", version: 1 });
    expect(findingLog[1]!.before).toMatchObject({ severity: "SERIOUS", hearingIds: [first.hearingId] });
    expect(findingLog[1]!.after).toMatchObject({ severity: "GRAVE", hearingIds: [first.hearingId, second.hearingId].sort((a, b) => a - b), caseId: expect.any(Number) });
    expect(findingLog[2]!.before).toMatchObject({ status: "OPEN", closedAt: null });
    expect(findingLog[2]!.after).toMatchObject({ status: "CLOSED", closedAt: expect.any(String) });
    expect(findingLog[3]!.after).toMatchObject({ status: "OPEN", closedAt: null });

    const base = {
      institution: "COURT_PRESIDENT", addressee: "President of the Basic Court", courtId: "", type: "LETTER", title: "Interpretation", description: "",
      sentAt: "2026-01-10", replyDueAt: "", repliedAt: "", reply: "", outcome: "PENDING", findingIds: [findingId],
    } as const satisfies Record<string, unknown>;
    const { interventionId } = ok(await createInterventionAction({ ...base, findingIds: [findingId] }));
    ok(await updateInterventionAction({ ...base, findingIds: [findingId], interventionId, baseVersion: 1, type: "MEETING" }));
    ok(await recordReplyAction({ interventionId, baseVersion: 2, repliedAt: "2026-02-01", reply: "An interpreter is now on call.", outcome: "ADDRESSED" }));

    const interventionLog = await entries("Intervention", interventionId, since);
    expect(interventionLog.map((e) => e.action)).toEqual(["intervention.create", "intervention.update", "intervention.reply"]);
    expect(interventionLog[0]!.before).toBeNull();
    expect(interventionLog[0]!.after).toMatchObject({ type: "LETTER", sentAt: "2026-01-10", replyDueAt: "2026-02-09", findingIds: [findingId] });
    expect(interventionLog[1]!.before).toMatchObject({ type: "LETTER", version: 1 });
    expect(interventionLog[1]!.after).toMatchObject({ type: "MEETING", version: 2 });
    expect(interventionLog[2]!.before).toMatchObject({ repliedAt: null, reply: null, outcome: "PENDING" });
    expect(interventionLog[2]!.after).toMatchObject({ repliedAt: "2026-02-01", reply: "An interpreter is now on call.", outcome: "ADDRESSED" });
    expect([...findingLog, ...interventionLog].every((e) => e.actorId === analyst.id)).toBe(true);
  });

  it("a save that changes nothing writes no entry; entries cannot be changed or deleted", async () => {
    const report = await submittedReport(monitor);
    const standard = await prisma.standard.findUniqueOrThrow({ where: { number: 1 } });
    as(analyst);
    const input = { standardId: standard.id, severity: "MINOR" as const, title: "Unlisted", description: "Not on the board.", hearingIds: [report.hearingId] };
    const { findingId } = ok(await createFindingAction(input));
    expect(ok(await updateFindingAction({ ...input, findingId, baseVersion: 1 }))).toEqual({ findingId, version: 1, changed: false });
    expect(await prisma.auditLog.count({ where: { entityType: "Finding", entityId: String(findingId) } })).toBe(1);

    const entry = await prisma.auditLog.findFirstOrThrow({ where: { entityType: "Finding", entityId: String(findingId) } });
    await expect(prisma.auditLog.update({ where: { id: entry.id }, data: { action: "finding.forged" } })).rejects.toThrow(/append-only/);
    await expect(prisma.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
  });

  it("an admin, who sees no names or narrative, corrects an approved report without wiping them", async () => {
    const admin = await createUser("ADMIN");
    const report = await submittedReport(monitor);
    await prisma.hearingPersonalData.create({ data: { hearingId: report.hearingId, defendantNames: "Q. Z." } });
    await prisma.hearing.update({ where: { id: report.hearingId }, data: { narrative: "Q. Z. spoke of threats." } });
    as(analyst);
    ok(await approveReportAction({ hearingId: report.hearingId, baseVersion: report.version }));
    as(admin);
    // What the admin's form sends: the report as the admin was shown it, names and narrative blank.
    const shown = { ...report.report, personal: { ...report.report.personal, defendantNames: "" }, facts: { ...report.report.facts, narrative: "" }, answers: { ...report.report.answers, PUB_LISTED: "NO" } };
    ok(await correctReportAction({ hearingId: report.hearingId, baseVersion: report.version + 1, reason: "The schedule did not list the hearing.", report: shown }));
    const after = await prisma.hearing.findUniqueOrThrow({ where: { id: report.hearingId }, include: { personalData: true } });
    expect(after.narrative).toBe("Q. Z. spoke of threats.");
    expect(after.personalData?.defendantNames).toBe("Q. Z.");
    expect(after.reviewState).toBe("APPROVED");
  });
});
