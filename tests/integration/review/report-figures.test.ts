import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";

// The session comes from next-auth's cookie in the app; here the test decides who is signed in.
let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
const { approveReportAction, correctReportAction, returnReportAction } = await import("@/lib/review/actions");
const { complianceByStandard } = await import("@/lib/reports/compliance-queries");
const { defaultFilter } = await import("@/lib/reports/filter");
const { reportReference } = await import("@/lib/reports/reference-queries");
const { resolveFilter } = await import("@/lib/reports/resolve-filter");
const { createUser } = await import("../../support/fixtures");
const { submittedReport } = await import("../../support/review-fixtures");
const { IN_STEP, summaryDifferences } = await import("../reports/recount");

const as = (user: SessionUser) => { signedIn = user; };

/** Standard 1 in the fixtures' month (their hearings are on 10 March 2026): applicable and non-compliant hearings. */
async function publicHearingFigure() {
  const filter = await resolveFilter({ ...defaultFilter(1), from: "2026-03-01", to: "2026-03-31", standards: ["S01"] });
  const [row] = await complianceByStandard(filter, "standard", await reportReference());
  return { applicable: row?.applicable ?? 0, nonCompliant: row?.nonCompliant ?? 0 };
}

describe("the compliance figures follow the review", () => {
  let monitor: SessionUser;
  let analyst: SessionUser;
  beforeEach(async () => {
    monitor = await createUser("MONITOR");
    analyst = await createUser("ANALYST");
    as(analyst);
  });

  it("a report counts once approved, its correction moves the figure, a returned report never counted; the summaries equal a recount", async () => {
    const before = await publicHearingFigure();
    const approved = await submittedReport(monitor);
    const returned = await submittedReport(monitor, { nonCompliant: ["PUB_LISTED"] });
    expect(await publicHearingFigure()).toEqual(before);

    expect(await approveReportAction({ hearingId: approved.hearingId, baseVersion: approved.version })).toMatchObject({ ok: true });
    expect(await returnReportAction({ hearingId: returned.hearingId, baseVersion: returned.version, general: "Check the listing.", questions: [] })).toMatchObject({ ok: true });
    expect(await publicHearingFigure()).toEqual({ applicable: before.applicable + 1, nonCompliant: before.nonCompliant });
    expect(await summaryDifferences()).toEqual(IN_STEP);

    const corrected = { ...approved.report, answers: { ...approved.report.answers, PUB_LISTED: "NO" } };
    expect(await correctReportAction({ hearingId: approved.hearingId, baseVersion: approved.version + 1, reason: "The schedule did not list it.", report: corrected })).toMatchObject({ ok: true });
    expect(await publicHearingFigure()).toEqual({ applicable: before.applicable + 1, nonCompliant: before.nonCompliant + 1 });
    expect(await summaryDifferences()).toEqual(IN_STEP);
    expect((await prisma.hearing.findUniqueOrThrow({ where: { id: approved.hearingId } })).reviewState).toBe("APPROVED");
  });
});
