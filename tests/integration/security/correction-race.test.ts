import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { ActionResult } from "@/lib/actions/action-result";
import type { HearingReportValues } from "@/lib/hearings/schema";

// The session comes from next-auth's cookie in the app; here the test decides who is signed in.
let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
const { correctReportAction } = await import("@/lib/review/actions");
const { submitHearingReport } = await import("@/lib/hearings/submit-hearing-report");
const { approveReport } = await import("@/lib/review/approve-report");
const { createUser } = await import("../../support/fixtures");
const { answerAll, heldFacts, newKey, scheduleDraft } = await import("../../support/hearing-fixtures");

const PERSONAL = {
  defendantNames: "Defendant Dardan Krasniqi",
  victimNames: "Victim Vjosa Berisha",
  witnessNames: "Witness Milica Jovanović",
};
const NARRATIVE = "Narrative naming Dardan Krasniqi and Vjosa Berisha.";
const SECRETS = [...Object.values(PERSONAL), NARRATIVE];

/** An approved report whose monitor recorded names and a narrative that names people. */
async function approvedReportWithNames() {
  const monitor = await createUser("MONITOR");
  const analyst = await createUser("ANALYST");
  const draft = await scheduleDraft(monitor);
  const report = answerAll(draft.checklist, draft.kase, { ...heldFacts(), narrative: NARRATIVE });
  report.personal = { ...report.personal, ...PERSONAL };
  const submitted = await submitHearingReport({ hearingId: draft.hearingId, baseVersion: draft.version, idempotencyKey: newKey(), report }, monitor);
  const approved = await approveReport({ hearingId: draft.hearingId, baseVersion: submitted.version }, analyst);
  return { hearingId: draft.hearingId, version: approved.version, report };
}

/** What the correction form of a reader without the right sends: the report as the page showed it, one answer changed. */
function correctionAsShown(report: HearingReportValues, answer: "YES" | "NO"): HearingReportValues {
  return {
    facts: { ...report.facts, narrative: "" },
    personal: { defendantNames: "", victimNames: "", witnessNames: "", juvenileDetails: "" },
    answers: { ...report.answers, PUB_LISTED: answer },
  };
}

/** Number of database sessions waiting on a lock: both corrections have read the report and wait to write it. */
async function waitingOnLocks(): Promise<number> {
  const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
  return row!.n;
}

/**
 * Two corrections of one report, both past their read of the version before either writes: a transaction
 * holds the hearing's row while they start, so the second always loses at its guarded write, the path
 * that answers CONFLICT with the version that won.
 */
async function raceTwoCorrections(hearingId: number, baseVersion: number, reports: [HearingReportValues, HearingReportValues]) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => { release = resolve; });
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => { locked = resolve; });
  const holder = prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Hearing" WHERE id = ${hearingId} FOR UPDATE`;
    locked();
    await released;
  }, { timeout: 20_000 });
  await isLocked;
  const corrections = reports.map((report, i) => correctReportAction({ hearingId, baseVersion, reason: `Correction ${i + 1}: the schedule was checked again.`, report }));
  while ((await waitingOnLocks()) < 2) await new Promise((resolve) => setTimeout(resolve, 20));
  release();
  await holder;
  return Promise.all(corrections);
}

describe("two corrections of one approved report, racing", () => {
  beforeEach(() => {
    signedIn = null;
  });

  it("[ADMIN] one wins, the other gets CONFLICT with the version that won, and no reply carries a name or the narrative", async () => {
    const { hearingId, version, report } = await approvedReportWithNames();
    signedIn = await createUser("ADMIN");
    const results = await raceTwoCorrections(hearingId, version, [correctionAsShown(report, "NO"), correctionAsShown(report, "NO")]);

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok) as Extract<ActionResult<unknown>, { ok: false }>;
    expect(refused).toMatchObject({ code: "CONFLICT", details: { version: version + 1 } });
    const values = (refused.details as { values: HearingReportValues }).values;
    expect(values.personal).toEqual({ defendantNames: "", victimNames: "", witnessNames: "", juvenileDetails: "" });
    expect(values.facts.narrative).toBe("");
    expect(values.answers.PUB_LISTED).toBe("NO");
    const replies = JSON.stringify(results);
    for (const secret of SECRETS) expect(replies).not.toContain(secret);
    // The names stayed as the monitor recorded them: the correction kept what the admin could not see.
    expect(await prisma.hearingPersonalData.findUniqueOrThrow({ where: { hearingId } })).toMatchObject(PERSONAL);
  });

  it("[ANALYST] the same conflict shows an analyst the names, as the report page does", async () => {
    const { hearingId, version, report } = await approvedReportWithNames();
    signedIn = await createUser("ANALYST");
    const corrected = { ...report, answers: { ...report.answers, PUB_LISTED: "NO" } };
    const results = await raceTwoCorrections(hearingId, version, [corrected, corrected]);
    const refused = results.find((r) => !r.ok) as Extract<ActionResult<unknown>, { ok: false }>;
    expect(refused).toMatchObject({ code: "CONFLICT" });
    expect((refused.details as { values: HearingReportValues }).values).toMatchObject({ personal: PERSONAL, facts: { narrative: NARRATIVE } });
  });
});
