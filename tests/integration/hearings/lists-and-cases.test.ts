import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { getCaseHistory, listCases, searchCasesInCourt } from "@/lib/cases/queries";
import { caseListFiltersSchema } from "@/lib/cases/schema";
import { prisma } from "@/lib/db";
import { hearingListFiltersSchema } from "@/lib/hearings/list-filters";
import { listMyHearings, monitorOverview } from "@/lib/hearings/list-queries";
import { fromCourtDateTimeInput } from "@/lib/time/zone";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));
const { createUser } = await import("../../support/fixtures");
const { courtId, newKey } = await import("../../support/hearing-fixtures");
const { scheduleHearing } = await import("@/lib/hearings/schedule-hearing");

const filters = (raw: Record<string, string> = {}) => hearingListFiltersSchema.parse(raw);

async function schedule(monitor: SessionUser, caseNumber: string, scheduledAt: string, court = "BC-PRISHTINE") {
  return scheduleHearing({ clientKey: newKey(), courtId: await courtId(court), caseNumber, category: "CRIMINAL", subject: "CORRUPTION", scheduledAt, stage: null }, monitor);
}

describe("My hearings", () => {
  it("lists only the monitor's own reports, filtered by view, case number, court and court days", async () => {
    const monitor = await createUser("MONITOR");
    const colleague = await createUser("MONITOR");
    const now = fromCourtDateTimeInput("2026-06-15T12:00")!;
    const past = await schedule(monitor, "P. 10/2026", "2026-06-01T09:00");
    const upcoming = await schedule(monitor, "P. 11/2026", "2026-06-20T09:00");
    const lipjan = await schedule(monitor, "P. 12/2026", "2026-06-21T09:00", "BR-LIPJAN");
    await schedule(colleague, "P. 13/2026", "2026-06-22T09:00");
    await prisma.hearing.update({ where: { id: past.hearingId }, data: { reviewState: "SUBMITTED" } });

    const ids = async (raw: Record<string, string>) => (await listMyHearings(monitor, filters(raw), now)).items.map((h) => h.id);
    expect(await ids({})).toEqual([lipjan.hearingId, upcoming.hearingId, past.hearingId]);
    expect(await ids({ view: "upcoming" })).toEqual([upcoming.hearingId, lipjan.hearingId]);
    expect(await ids({ view: "SUBMITTED" })).toEqual([past.hearingId]);
    expect(await ids({ q: "p. 11" })).toEqual([upcoming.hearingId]);
    expect(await ids({ court: String(await courtId("BR-LIPJAN")) })).toEqual([lipjan.hearingId]);
    expect(await ids({ from: "2026-06-20", to: "2026-06-20" })).toEqual([upcoming.hearingId]);
    expect(await ids({ view: "bogus", court: "x" })).toHaveLength(3);

    const page = await listMyHearings(monitor, filters({ size: "25", page: "2" }), now);
    expect(page).toMatchObject({ total: 3, items: [], page: 2 });
    const overview = await monitorOverview(monitor, now);
    expect(overview.counts).toEqual({ DRAFT: 2, SUBMITTED: 1 });
    expect(overview.upcoming.map((h) => h.id)).toEqual([upcoming.hearingId, lipjan.hearingId]);
  });
});

describe("cases", () => {
  it("a case's history: hearings in order, days from the first, adjournments, only what the user may see", async () => {
    const monitor = await createUser("MONITOR");
    const colleague = await createUser("MONITOR");
    const first = await schedule(monitor, "PKR. 77/2026", "2026-03-02T09:00");
    const second = await schedule(colleague, "PKR. 77/2026", "2026-03-12T09:00");
    const third = await schedule(monitor, "PKR. 77/2026", "2026-04-01T09:00");
    await prisma.hearing.update({ where: { id: first.hearingId }, data: { status: "ADJOURNED", adjournmentReasons: ["WITNESS_ABSENT"], reviewState: "APPROVED" } });
    const caseId = (await prisma.hearing.findUniqueOrThrow({ where: { id: first.hearingId } })).caseId;

    const history = (await getCaseHistory(caseId, monitor))!;
    // The colleague's draft does not exist for the monitor: not in the list, not in the count.
    expect(history.hearings.map((h) => [h.id, h.daysFromFirst])).toEqual([[first.hearingId, 0], [third.hearingId, 30]]);
    expect(history).toMatchObject({ caseNumber: "PKR. 77/2026", adjournments: 1, totalHearings: 2 });
    expect((await getCaseHistory(caseId, colleague))!.hearings.map((h) => h.id)).toEqual([first.hearingId, second.hearingId]);

    const elsewhere = await createUser("MONITOR", { region: "PRIZREN" });
    expect(await getCaseHistory(caseId, elsewhere)).toBeNull();
    expect((await getCaseHistory(caseId, await createUser("ANALYST")))!.hearings).toHaveLength(3);

    expect(await searchCasesInCourt({ courtId: await courtId(), query: "pkr. 77" }, monitor)).toEqual([
      expect.objectContaining({ id: caseId, caseNumber: "PKR. 77/2026", hearingCount: 2 }),
    ]);
    expect((await listCases(monitor, caseListFiltersSchema.parse({ q: "PKR. 77" }))).items[0]?._count.hearings).toBe(2);
    expect(await searchCasesInCourt({ courtId: await courtId(), query: "PKR. 77" }, elsewhere)).toEqual([]);
    expect((await listCases(elsewhere, caseListFiltersSchema.parse({ q: "PKR. 77" }))).total).toBe(0);
    expect((await listCases(monitor, caseListFiltersSchema.parse({ q: "PKR. 77" }))).items.map((c) => c.id)).toEqual([caseId]);
  });
});
