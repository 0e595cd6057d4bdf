import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { fromCourtDateTimeInput } from "@/lib/time/zone";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));
const { createUser } = await import("../../support/fixtures");
const { courtId, newKey } = await import("../../support/hearing-fixtures");
const { scheduleHearing } = await import("@/lib/hearings/schedule-hearing");
const { fieldKitForMonitor } = await import("@/lib/hearings/field-kit-queries");

async function schedule(monitor: SessionUser, caseNumber: string, scheduledAt: string, court = "BC-PRISHTINE") {
  return scheduleHearing({ clientKey: newKey(), courtId: await courtId(court), caseNumber, category: "CRIMINAL", subject: "CORRUPTION", scheduledAt, stage: null }, monitor);
}

describe("the field kit", () => {
  it("holds every editable report of the monitor's own, the next days first, and names the device's copies that closed", async () => {
    const monitor = await createUser("MONITOR");
    const colleague = await createUser("MONITOR");
    const now = fromCourtDateTimeInput("2026-06-15T12:00")!;
    const soon = await schedule(monitor, "P. 20/2026", "2026-06-18T09:00");
    const past = await schedule(monitor, "P. 21/2026", "2026-06-01T09:00");
    const farAhead = await schedule(monitor, "P. 22/2026", "2026-08-01T09:00");
    const returned = await schedule(monitor, "P. 23/2026", "2026-05-01T09:00");
    const submitted = await schedule(monitor, "P. 24/2026", "2026-06-16T09:00");
    const approved = await schedule(monitor, "P. 25/2026", "2026-06-02T09:00");
    const theirs = await schedule(colleague, "P. 26/2026", "2026-06-17T09:00");
    await prisma.hearing.update({ where: { id: returned.hearingId }, data: { reviewState: "RETURNED" } });
    await prisma.hearing.update({ where: { id: submitted.hearingId }, data: { reviewState: "SUBMITTED" } });
    await prisma.hearing.update({ where: { id: approved.hearingId }, data: { reviewState: "APPROVED" } });

    const kit = await fieldKitForMonitor(monitor, [soon.hearingId, submitted.hearingId, approved.hearingId, theirs.hearingId, 999_999_999], now);
    expect(kit.entries.map((e) => e.hearingId)).toEqual([returned.hearingId, past.hearingId, soon.hearingId, farAhead.hearingId]);
    expect(kit.entries.find((e) => e.hearingId === returned.hearingId)).toMatchObject({ reviewState: "RETURNED", caseNumber: "P. 23/2026", version: 1 });
    expect(kit.closed).toEqual([
      { hearingId: submitted.hearingId, reviewState: "SUBMITTED", caseNumber: "P. 24/2026" },
      { hearingId: approved.hearingId, reviewState: "APPROVED", caseNumber: "P. 25/2026" },
      // Another monitor's report, or none at all: not this monitor's to keep, and nothing told about it.
      { hearingId: theirs.hearingId, reviewState: null, caseNumber: null },
      { hearingId: 999_999_999, reviewState: null, caseNumber: null },
    ]);
    expect((await fieldKitForMonitor(colleague, [], now)).entries.map((e) => e.hearingId)).toEqual([theirs.hearingId]);
  });

  it("keeps today's and the next 14 court days' hearings when older drafts alone would fill the bound", async () => {
    const monitor = await createUser("MONITOR");
    const now = fromCourtDateTimeInput("2026-06-15T12:00")!;
    for (let i = 0; i < 200; i++) await schedule(monitor, `P. ${1000 + i}/2025`, `2026-01-${String(1 + (i % 28)).padStart(2, "0")}T09:00`);
    const earlyToday = await schedule(monitor, "P. 40/2026", "2026-06-15T08:00");
    // The 14th court day after 15 June ends at midnight court time on 29 June.
    const lastDay = await schedule(monitor, "P. 41/2026", "2026-06-29T23:30");
    const dayAfter = await schedule(monitor, "P. 42/2026", "2026-06-30T00:30");

    const ids = (await fieldKitForMonitor(monitor, [], now)).entries.map((e) => e.hearingId);
    expect(ids).toHaveLength(200);
    expect(ids.slice(-2)).toEqual([earlyToday.hearingId, lastDay.hearingId]);
    expect(ids).not.toContain(dayAfter.hearingId);
  });
});

describe("prefill from the case's previous hearing", () => {
  it("copies the court's details, the prosecutor and the parties' presence and counsel, and records from where", async () => {
    const monitor = await createUser("MONITOR");
    const first = await schedule(monitor, "P. 30/2026", "2026-03-01T09:00");
    const judge = await prisma.judge.create({ data: { courtId: await courtId(), name: `Judge ${newKey().slice(0, 8)}`, gender: "MALE" } });
    await prisma.hearing.update({
      where: { id: first.hearingId },
      data: {
        status: "HELD", panel: "Three judges", judgeId: judge.id, judgeGender: "MALE", prosecutor: "Special Prosecution", prosecutorGender: "FEMALE",
        defendantsPresent: false, defenceCounsel: "RETAINED", victimInvolved: true, victimPresent: true, victimRepresented: false, narrative: "Adjourned.",
      },
    });
    await prisma.hearingPersonalData.create({ data: { hearingId: first.hearingId, defendantNames: "A. B." } });

    const next = await schedule(monitor, "P. 30/2026", "2026-04-01T09:00");
    const row = await prisma.hearing.findUniqueOrThrow({ where: { id: next.hearingId }, include: { personalData: true } });
    expect(row).toMatchObject({
      prefilledFromHearingId: first.hearingId, panel: "Three judges", judgeId: judge.id, judgeGender: "MALE", prosecutor: "Special Prosecution",
      prosecutorGender: "FEMALE", defendantsPresent: false, defenceCounsel: "RETAINED", victimInvolved: true, victimPresent: true, victimRepresented: false,
    });
    // What happened, and the names of people, are the new hearing's own.
    expect(row).toMatchObject({ status: null, narrative: null, personalData: null });

    // A hearing scheduled before the first has nothing earlier to copy; an inactive judge is not carried over.
    const earlier = await schedule(monitor, "P. 30/2026", "2026-02-01T09:00");
    expect((await prisma.hearing.findUniqueOrThrow({ where: { id: earlier.hearingId } })).prefilledFromHearingId).toBeNull();
    await prisma.judge.update({ where: { id: judge.id }, data: { active: false } });
    const later = await schedule(monitor, "P. 30/2026", "2026-05-01T09:00");
    expect(await prisma.hearing.findUniqueOrThrow({ where: { id: later.hearingId } })).toMatchObject({ prefilledFromHearingId: next.hearingId, judgeId: null, panel: "Three judges" });
  });

  it("reads only a hearing the monitor may see: a colleague's draft stays out until submitted", async () => {
    const monitor = await createUser("MONITOR");
    // A colleague of the same region with a draft (not yet submitted): not visible to this monitor.
    const colleague = await createUser("MONITOR");
    const draft = await schedule(colleague, "P. 32/2026", "2026-03-01T09:00");
    await prisma.hearing.update({ where: { id: draft.hearingId }, data: { panel: "Draft panel" } });
    const mine = await schedule(monitor, "P. 32/2026", "2026-04-01T09:00");
    expect(await prisma.hearing.findUniqueOrThrow({ where: { id: mine.hearingId } })).toMatchObject({ prefilledFromHearingId: null, panel: null });
    // Once submitted, the colleague's report is visible to the region, and carries over.
    await prisma.hearing.update({ where: { id: draft.hearingId }, data: { reviewState: "SUBMITTED" } });
    const again = await schedule(monitor, "P. 32/2026", "2026-03-15T09:00");
    expect(await prisma.hearing.findUniqueOrThrow({ where: { id: again.hearingId } })).toMatchObject({ prefilledFromHearingId: draft.hearingId, panel: "Draft panel" });
  });
});
