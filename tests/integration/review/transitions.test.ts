import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { HearingReportValues } from "@/lib/hearings/schema";

// The session comes from next-auth's cookie in the app; here the test decides who is signed in.
let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
const { approveReportAction, correctReportAction, returnReportAction } = await import("@/lib/review/actions");
const { submitHearingReportAction } = await import("@/lib/hearings/actions");
const { createUser } = await import("../../support/fixtures");
const { answerAll, heldFacts, newKey, scheduleDraft } = await import("../../support/hearing-fixtures");
const { approvedReport, hearingState, submittedReport } = await import("../../support/review-fixtures");

const as = (user: SessionUser) => { signedIn = user; };

describe("review state machine", () => {
  let monitor: SessionUser;
  let analyst: SessionUser;
  beforeEach(async () => {
    monitor = await createUser("MONITOR");
    analyst = await createUser("ANALYST");
  });

  /** A report in each state the tests start from, reached through the application's own moves. */
  async function reportIn(state: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED"): Promise<{ hearingId: number; version: number; report: HearingReportValues }> {
    if (state === "DRAFT") {
      const draft = await scheduleDraft(monitor);
      return { ...draft, report: answerAll(draft.checklist, draft.kase, heldFacts()) };
    }
    if (state === "APPROVED") return approvedReport(monitor, analyst);
    const submitted = await submittedReport(monitor);
    if (state === "SUBMITTED") return submitted;
    as(analyst);
    const returned = await returnReportAction({ hearingId: submitted.hearingId, baseVersion: submitted.version, general: "Please check.", questions: [] });
    if (!returned.ok) throw new Error("return failed");
    return { ...submitted, version: returned.data.version };
  }

  describe("approve", () => {
    it.each(["DRAFT", "RETURNED", "APPROVED"] as const)("a %s report cannot be approved: a clear refusal, nothing written", async (state) => {
      const report = await reportIn(state);
      const before = await hearingState(report.hearingId);
      as(analyst);
      const result = await approveReportAction({ hearingId: report.hearingId, baseVersion: report.version });
      expect(result).toMatchObject({ ok: false, code: "INVALID_STATE", details: { reason: "invalidMove", move: "approve", state } });
      expect(await hearingState(report.hearingId)).toEqual(before);
    });

    it("approves a submitted report: APPROVED, reviewer and dates set, version bumped, open comments settled", async () => {
      const report = await submittedReport(monitor);
      as(analyst);
      const result = await approveReportAction({ hearingId: report.hearingId, baseVersion: report.version });
      expect(result).toEqual({ ok: true, data: { hearingId: report.hearingId, version: report.version + 1, reviewState: "APPROVED" } });
      const hearing = await prisma.hearing.findUniqueOrThrow({ where: { id: report.hearingId } });
      expect(hearing).toMatchObject({ reviewState: "APPROVED", reviewerId: analyst.id, version: report.version + 1 });
      expect(hearing.approvedAt).not.toBeNull();
      expect(hearing.reviewedAt).toEqual(hearing.approvedAt);
    });

    it("a stale version is refused with the current one, and nothing is written", async () => {
      const report = await submittedReport(monitor);
      const before = await hearingState(report.hearingId);
      as(analyst);
      const result = await approveReportAction({ hearingId: report.hearingId, baseVersion: report.version - 1 });
      expect(result).toMatchObject({ ok: false, code: "CONFLICT", details: { reason: "stale", version: report.version, reviewState: "SUBMITTED" } });
      expect(await hearingState(report.hearingId)).toEqual(before);
    });

    it("two reviewers deciding at once: one wins, the other is refused", async () => {
      const report = await submittedReport(monitor);
      const other = await createUser("ADMIN");
      const { approveReport } = await import("@/lib/review/approve-report");
      const { returnReport } = await import("@/lib/review/return-report");
      const outcomes = await Promise.allSettled([
        approveReport({ hearingId: report.hearingId, baseVersion: report.version }, analyst),
        returnReport({ hearingId: report.hearingId, baseVersion: report.version, general: "No.", questions: [] }, other),
      ]);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      const hearing = await prisma.hearing.findUniqueOrThrow({ where: { id: report.hearingId } });
      expect(hearing.version).toBe(report.version + 1);
      const decisions = await prisma.auditLog.count({ where: { entityId: String(report.hearingId), action: { in: ["hearing.approve", "hearing.return"] } } });
      expect(decisions).toBe(1);
    });
  });

  describe("return", () => {
    it.each(["DRAFT", "RETURNED", "APPROVED"] as const)("a %s report cannot be returned: a clear refusal, no comment written", async (state) => {
      const report = await reportIn(state);
      const before = await hearingState(report.hearingId);
      as(analyst);
      const result = await returnReportAction({ hearingId: report.hearingId, baseVersion: report.version, general: "Fix it.", questions: [{ code: "PUB_LISTED", body: "Check." }] });
      expect(result).toMatchObject({ ok: false, code: "INVALID_STATE", details: { reason: "invalidMove", move: "return", state } });
      expect(await hearingState(report.hearingId)).toEqual(before);
    });

    it("needs a comment, and only on questions of the report's checklist", async () => {
      const report = await submittedReport(monitor);
      const before = await hearingState(report.hearingId);
      as(analyst);
      const empty = await returnReportAction({ hearingId: report.hearingId, baseVersion: report.version, general: "  ", questions: [] });
      expect(empty).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { general: ["validation.required"] } });
      const unknown = await returnReportAction({ hearingId: report.hearingId, baseVersion: report.version, general: "", questions: [{ code: "NO_SUCH_QUESTION", body: "?" }] });
      expect(unknown).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "questions.0.code": ["validation.invalid"] } });
      const twice = await returnReportAction({ hearingId: report.hearingId, baseVersion: report.version, general: "", questions: [{ code: "PUB_LISTED", body: "a" }, { code: "PUB_LISTED", body: "b" }] });
      expect(twice).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { questions: ["validation.duplicate"] } });
      expect(await hearingState(report.hearingId)).toEqual(before);
    });

    it("returns with a general comment and a comment on one question; the monitor fixes and resubmits; the thread stays", async () => {
      const report = await submittedReport(monitor);
      as(analyst);
      const returned = await returnReportAction({
        hearingId: report.hearingId, baseVersion: report.version,
        general: "Please say who was absent.", questions: [{ code: "PUB_LISTED", body: "Was it on the online schedule?" }],
      });
      expect(returned).toMatchObject({ ok: true, data: { reviewState: "RETURNED", version: report.version + 1 } });
      const comments = await prisma.reviewComment.findMany({ where: { hearingId: report.hearingId }, orderBy: { id: "asc" } });
      expect(comments.map((c) => [c.questionCode, c.body, c.round, c.authorId, c.resolvedAt])).toEqual([
        [null, "Please say who was absent.", 1, analyst.id, null],
        ["PUB_LISTED", "Was it on the online schedule?", 1, analyst.id, null],
      ]);

      as(monitor);
      const fixed = { ...report.report, answers: { ...report.report.answers, PUB_LISTED: "NO" }, facts: { ...report.report.facts, narrative: "The defendant's counsel was absent." } };
      const resubmitted = await submitHearingReportAction({ hearingId: report.hearingId, baseVersion: report.version + 1, idempotencyKey: newKey(), report: fixed });
      expect(resubmitted).toMatchObject({ ok: true, data: { version: report.version + 2 } });
      expect((await prisma.hearing.findUniqueOrThrow({ where: { id: report.hearingId } })).reviewState).toBe("SUBMITTED");

      // A second round settles the first round's comments but keeps them.
      as(analyst);
      const again = await returnReportAction({ hearingId: report.hearingId, baseVersion: report.version + 2, general: "One more thing.", questions: [] });
      expect(again.ok).toBe(true);
      const thread = await prisma.reviewComment.findMany({ where: { hearingId: report.hearingId }, orderBy: { id: "asc" } });
      expect(thread.map((c) => [c.round, c.resolvedAt !== null])).toEqual([[1, true], [1, true], [2, false]]);
    });
  });

  describe("resubmit and submit", () => {
    it.each(["SUBMITTED", "APPROVED"] as const)("a monitor cannot submit a %s report: refused, nothing written", async (state) => {
      const report = await reportIn(state);
      const before = await hearingState(report.hearingId);
      as(monitor);
      const result = await submitHearingReportAction({ hearingId: report.hearingId, baseVersion: report.version, idempotencyKey: newKey(), report: report.report });
      expect(result).toMatchObject({ ok: false, code: "INVALID_STATE" });
      expect(await hearingState(report.hearingId)).toEqual(before);
    });
  });

  describe("correct", () => {
    it.each(["DRAFT", "SUBMITTED", "RETURNED"] as const)("a %s report cannot be corrected: a clear refusal, nothing written", async (state) => {
      const report = await reportIn(state);
      const values = report.report;
      const before = await hearingState(report.hearingId);
      as(analyst);
      const result = await correctReportAction({ hearingId: report.hearingId, baseVersion: report.version, reason: "The interpreter was in fact present.", report: values });
      expect(result).toMatchObject({ ok: false, code: "INVALID_STATE", details: { reason: "invalidMove", move: "correct", state } });
      expect(await hearingState(report.hearingId)).toEqual(before);
    });

    it("corrects an approved report: results recomputed by the same rules, still APPROVED, version bumped", async () => {
      const report = await approvedReport(monitor, analyst);
      const publicStandard = await prisma.standard.findUniqueOrThrow({ where: { number: 1 } });
      as(analyst);
      const corrected = { ...report.report, answers: { ...report.report.answers, PUB_LISTED: "NO" } };
      const result = await correctReportAction({ hearingId: report.hearingId, baseVersion: report.version, reason: "The schedule shows it was not listed.", report: corrected });
      expect(result).toEqual({ ok: true, data: { hearingId: report.hearingId, version: report.version + 1, changed: 1 } });
      const hearing = await prisma.hearing.findUniqueOrThrow({ where: { id: report.hearingId }, include: { standardResults: true, answers: true } });
      expect(hearing).toMatchObject({ reviewState: "APPROVED", version: report.version + 1, reviewerId: analyst.id });
      expect(hearing.answers.find((a) => a.questionCode === "PUB_LISTED")).toMatchObject({ value: "NO", compliance: "NON_COMPLIANT" });
      expect(hearing.standardResults.find((r) => r.standardId === publicStandard.id)).toMatchObject({ result: "NON_COMPLIANT", nonCompliantCount: 1 });
    });

    it("needs a reason, must change something and keep the report complete; otherwise nothing is written", async () => {
      const report = await approvedReport(monitor, analyst);
      const before = await hearingState(report.hearingId);
      as(analyst);
      const noReason = await correctReportAction({ hearingId: report.hearingId, baseVersion: report.version, reason: "typo", report: { ...report.report, answers: { ...report.report.answers, PUB_LISTED: "NO" } } });
      expect(noReason).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: ["validation.tooShort?minimum=10"] } });
      const unchanged = await correctReportAction({ hearingId: report.hearingId, baseVersion: report.version, reason: "Checking the record once more.", report: report.report });
      expect(unchanged).toMatchObject({ ok: false, code: "VALIDATION", details: { reason: "nothingChanged" } });
      const incomplete = await correctReportAction({ hearingId: report.hearingId, baseVersion: report.version, reason: "The answer was not known after all.", report: { ...report.report, answers: { ...report.report.answers, PUB_LISTED: null } } });
      expect(incomplete).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "answers.PUB_LISTED": ["validation.required"] } });
      expect(await hearingState(report.hearingId)).toEqual(before);
    });
  });

  describe("who may decide", () => {
    it.each(["MONITOR", "MANAGER"] as const)("a %s may not approve, return or correct: FORBIDDEN, nothing written", async (role) => {
      const report = await submittedReport(monitor);
      const approved = await approvedReport(monitor, analyst);
      const before = [await hearingState(report.hearingId), await hearingState(approved.hearingId)];
      as(role === "MONITOR" ? monitor : await createUser(role));
      expect(await approveReportAction({ hearingId: report.hearingId, baseVersion: report.version })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await returnReportAction({ hearingId: report.hearingId, baseVersion: report.version, general: "x", questions: [] })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      const changed = { ...approved.report, answers: { ...approved.report.answers, PUB_LISTED: "NO" } };
      expect(await correctReportAction({ hearingId: approved.hearingId, baseVersion: approved.version, reason: "Because I say so, really.", report: changed })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect([await hearingState(report.hearingId), await hearingState(approved.hearingId)]).toEqual(before);
    });

    it("an admin may review like an analyst", async () => {
      const report = await submittedReport(monitor);
      as(await createUser("ADMIN"));
      expect(await approveReportAction({ hearingId: report.hearingId, baseVersion: report.version })).toMatchObject({ ok: true });
    });

    it("a report that does not exist is not found", async () => {
      as(analyst);
      expect(await approveReportAction({ hearingId: 2_000_000_000, baseVersion: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    });
  });
});
