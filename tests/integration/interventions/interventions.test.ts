import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";

// The session comes from next-auth's cookie in the app; here the test decides who is signed in.
let signedIn: SessionUser | null = null;
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => signedIn }));
const { createInterventionAction, recordReplyAction, updateInterventionAction } = await import("@/lib/interventions/actions");
const { createFindingAction } = await import("@/lib/findings/actions");
const { countOverdueInterventions, getIntervention, listInterventions } = await import("@/lib/interventions/queries");
const { getFinding } = await import("@/lib/findings/queries");
const { interventionListFiltersSchema } = await import("@/lib/interventions/schema");
const { createUser } = await import("../../support/fixtures");
const { submittedReport } = await import("../../support/review-fixtures");

const as = (user: SessionUser) => { signedIn = user; };
const base = {
  institution: "COURT_PRESIDENT", addressee: "President of the Basic Court of Prishtinë/Priština", courtId: "", type: "LETTER",
  title: "Interpretation at hearings", description: "", sentAt: "", replyDueAt: "", repliedAt: "", reply: "", outcome: "PENDING", findingIds: [] as number[],
} as const;
function created(result: { ok: boolean; data?: unknown }): number {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return (result.data as { interventionId: number }).interventionId;
}

describe("interventions", () => {
  let analyst: SessionUser;
  let findingId: number;
  beforeEach(async () => {
    analyst = await createUser("ANALYST");
    const monitor = await createUser("MONITOR");
    const report = await submittedReport(monitor);
    const standard = await prisma.standard.findUniqueOrThrow({ where: { number: 9 } });
    as(analyst);
    const finding = await createFindingAction({ standardId: standard.id, severity: "SERIOUS", title: "No interpreter", description: "D", hearingIds: [report.hearingId] });
    findingId = (finding as { data: { findingId: number } }).data.findingId;
  });

  it("records an intervention for a finding; the reply is due the settings' days after sending unless given; the finding shows it", async () => {
    const court = await prisma.court.findUniqueOrThrow({ where: { code: "BC-PRISHTINE" } });
    const id = created(await createInterventionAction({ ...base, courtId: String(court.id), sentAt: "2026-01-10", findingIds: [findingId] }));
    const intervention = await getIntervention(id);
    expect(intervention).toMatchObject({ institution: "COURT_PRESIDENT", court: { id: court.id }, outcome: "PENDING", createdBy: { name: analyst.name } });
    expect(intervention!.sentAt?.toISOString().slice(0, 10)).toBe("2026-01-10");
    expect(intervention!.replyDueAt?.toISOString().slice(0, 10)).toBe("2026-02-09");
    expect(intervention!.findings.map((f) => f.finding.id)).toEqual([findingId]);
    expect((await getFinding(findingId))!.interventions.map((i) => i.id)).toContain(id);

    const explicit = created(await createInterventionAction({ ...base, sentAt: "2026-01-10", replyDueAt: "2026-01-20" }));
    expect((await getIntervention(explicit))!.replyDueAt?.toISOString().slice(0, 10)).toBe("2026-01-20");
  });

  it("refuses dates out of order, a reply without its date, a reply from the future and unknown findings; nothing is written", async () => {
    const before = await prisma.intervention.count();
    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ sentAt: "2026-01-10", replyDueAt: "2026-01-05" }, { replyDueAt: ["validation.beforeSent"] }],
      [{ repliedAt: "2026-01-05" }, { sentAt: ["validation.required"] }],
      [{ sentAt: "2026-01-10", repliedAt: "2026-01-05" }, { repliedAt: ["validation.beforeSent"] }],
      [{ sentAt: "2026-01-10", reply: "Noted." }, { repliedAt: ["validation.required"] }],
      [{ sentAt: "2026-01-10", repliedAt: "2999-01-01" }, { repliedAt: ["validation.inFuture"] }],
      [{ sentAt: "2026-02-30" }, { sentAt: ["validation.invalidDate"] }],
      [{ findingIds: [2_000_000_000] }, { findingIds: ["validation.invalid"] }],
      [{ courtId: "2000000000" }, { courtId: ["validation.invalid"] }],
      [{ addressee: "  " }, { addressee: ["validation.required"] }],
    ];
    for (const [change, fieldErrors] of cases) {
      expect(await createInterventionAction({ ...base, ...change } as never), JSON.stringify(change)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors });
    }
    expect(await prisma.intervention.count()).toBe(before);
  });

  it("marks the reply received: only once sent, not before it was sent, at the version read", async () => {
    const unsent = created(await createInterventionAction({ ...base }));
    expect(await recordReplyAction({ interventionId: unsent, baseVersion: 1, repliedAt: "2026-02-01", reply: "Yes.", outcome: "ADDRESSED" }))
      .toMatchObject({ ok: false, code: "INVALID_STATE", details: { reason: "notSent" } });

    const sent = created(await createInterventionAction({ ...base, sentAt: "2026-01-10", findingIds: [findingId] }));
    expect(await recordReplyAction({ interventionId: sent, baseVersion: 1, repliedAt: "2026-01-01", reply: "Yes.", outcome: "ADDRESSED" }))
      .toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { repliedAt: ["validation.beforeSent"] } });
    expect(await recordReplyAction({ interventionId: sent, baseVersion: 7, repliedAt: "2026-02-01", reply: "Yes.", outcome: "ADDRESSED" }))
      .toMatchObject({ ok: false, code: "CONFLICT", details: { reason: "stale", version: 1 } });
    expect(await prisma.intervention.findUniqueOrThrow({ where: { id: sent } })).toMatchObject({ version: 1, repliedAt: null, reply: null, outcome: "PENDING" });

    expect(await recordReplyAction({ interventionId: sent, baseVersion: 1, repliedAt: "2026-02-01", reply: "An interpreter is now on call.", outcome: "PARTLY_ADDRESSED" }))
      .toMatchObject({ ok: true, data: { version: 2 } });
    const replied = await prisma.intervention.findUniqueOrThrow({ where: { id: sent } });
    expect(replied).toMatchObject({ version: 2, reply: "An interpreter is now on call.", outcome: "PARTLY_ADDRESSED" });
    expect(replied.repliedAt?.toISOString().slice(0, 10)).toBe("2026-02-01");
  });

  it("overdue replies: due before today (court time) and not replied; they lead the list and are counted", async () => {
    const now = new Date("2026-03-01T10:00:00Z");
    const overdue = created(await createInterventionAction({ ...base, title: "Overdue", sentAt: "2026-01-01", replyDueAt: "2026-02-28" }));
    const dueToday = created(await createInterventionAction({ ...base, title: "Due today", sentAt: "2026-01-01", replyDueAt: "2026-03-01" }));
    const replied = created(await createInterventionAction({ ...base, title: "Replied", sentAt: "2026-01-01", replyDueAt: "2026-01-15", repliedAt: "2026-01-20", reply: "Done.", outcome: "ADDRESSED" }));
    const notSent = created(await createInterventionAction({ ...base, title: "Planned meeting", type: "MEETING" }));
    const mine = new Set([overdue, dueToday, replied, notSent]);
    const ids = async (values: Record<string, unknown>) =>
      (await listInterventions(interventionListFiltersSchema.parse({ size: 100, ...values }), now)).items.map((i) => i.id).filter((id) => mine.has(id));
    expect(await ids({ reply: "overdue" })).toEqual([overdue]);
    expect(await ids({ reply: "awaiting" })).toEqual([dueToday]);
    expect(await ids({ reply: "replied" })).toEqual([replied]);
    expect(await ids({ reply: "notSent" })).toEqual([notSent]);
    expect((await ids({}))[0]).toBe(overdue);
    expect(await ids({ type: "MEETING" })).toEqual([notSent]);
    expect(await ids({ outcome: "ADDRESSED" })).toEqual([replied]);
    expect(await ids({ from: "2026-01-01", to: "2026-01-01" })).toEqual(expect.arrayContaining([overdue, dueToday, replied]));
    const counted = await countOverdueInterventions(now);
    await recordReplyAction({ interventionId: overdue, baseVersion: 1, repliedAt: "2026-03-01", reply: "Late, but here.", outcome: "NOT_ADDRESSED" });
    expect(await countOverdueInterventions(now)).toBe(counted - 1);
  });

  it("editing changes the findings it responds to; monitors and managers may not record or change interventions", async () => {
    const id = created(await createInterventionAction({ ...base, sentAt: "2026-01-10", findingIds: [findingId] }));
    expect(await updateInterventionAction({ ...base, interventionId: id, baseVersion: 1, sentAt: "2026-01-10", findingIds: [] })).toMatchObject({ ok: true, data: { changed: true, version: 2 } });
    expect((await getIntervention(id))!.findings).toEqual([]);
    for (const role of ["MONITOR", "MANAGER"] as const) {
      as(await createUser(role));
      expect(await createInterventionAction({ ...base })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await updateInterventionAction({ ...base, interventionId: id, baseVersion: 2 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await recordReplyAction({ interventionId: id, baseVersion: 2, repliedAt: "2026-02-01", reply: "x", outcome: "ADDRESSED" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await prisma.intervention.findUniqueOrThrow({ where: { id } })).toMatchObject({ version: 2, repliedAt: null });
  });
});
