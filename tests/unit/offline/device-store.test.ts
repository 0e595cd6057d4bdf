import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { listDrafts, listSchedules, removeDraft, removeDraftsOf, removeSchedule, writeDraft, writeSchedule, type StoredDraft } from "@/lib/offline/draft-store";
import { clearStaleCopies } from "@/lib/offline/stale-copies";
import { facts, personal } from "../hearings/report-fixtures";

const draft = (hearingId: number, tab: string, answers: Record<string, string> = {}): StoredDraft => ({
  hearingId, userId: 3, tab, caseNumber: `P. ${hearingId}/2026`, baseVersion: 2, values: { facts: facts(), personal: personal(), answers },
  dirty: true, pending: null, updatedAt: "2026-03-10T10:01:00.000Z",
});

async function clearDevice() {
  for (const copy of await listDrafts()) await removeDraft(copy.hearingId, copy.tab);
  for (const schedule of await listSchedules()) await removeSchedule(schedule.input.clientKey);
}

describe("the device's copies (IndexedDB)", () => {
  beforeEach(clearDevice);

  it("keeps one copy per report and tab, listed per report", async () => {
    expect(await writeDraft(draft(7, "a", { A: "YES" }))).toBe(true);
    await writeDraft(draft(7, "b"));
    await writeDraft(draft(8, "a"));
    await writeDraft(draft(7, "a", { A: "NO" }));
    expect((await listDrafts(7)).map((d) => [d.tab, d.values.answers])).toEqual([["a", { A: "NO" }], ["b", {}]]);
    expect(await listDrafts()).toHaveLength(3);
    await removeDraft(7, "b");
    expect((await listDrafts(7)).map((d) => d.tab)).toEqual(["a"]);
  });

  it("stores the value as it was when written, not as the caller changes it afterwards", async () => {
    const live = draft(9, "a", { A: "YES" });
    const written = writeDraft(live);
    live.values.answers.A = "NO";
    await written;
    expect((await listDrafts(9))[0]!.values.answers).toEqual({ A: "YES" });
  });

  it("clears every copy of a report that closed, and says why for each", async () => {
    await writeDraft(draft(7, "a"));
    await writeDraft(draft(7, "b"));
    await writeDraft(draft(8, "a"));
    await writeDraft(draft(10, "a"));
    expect(await removeDraftsOf(10)).toBe(1);
    const cleared = await clearStaleCopies(
      [{ hearingId: 7, reviewState: "APPROVED", caseNumber: "P. 7/2026" }, { hearingId: 8, reviewState: null, caseNumber: null }, { hearingId: 11, reviewState: "SUBMITTED", caseNumber: "P. 11/2026" }],
      new Map([[8, "P. 8/2026"]]),
    );
    expect(cleared).toEqual([
      { hearingId: 7, caseNumber: "P. 7/2026", reason: "approved" },
      { hearingId: 8, caseNumber: "P. 8/2026", reason: "gone" },
    ]);
    expect(await listDrafts()).toEqual([]);
  });

  it("keeps hearings scheduled offline by their key", async () => {
    const input = { clientKey: "k".repeat(32), courtId: 1, caseNumber: "P. 1/2026", category: "CRIMINAL", subject: "GENERAL_CRIME", scheduledAt: "2026-03-11T09:00", stage: null } as never;
    await writeSchedule({ userId: 3, input, courtName: "Prishtinë", createdAt: "2026-03-10T10:00:00.000Z" });
    await writeSchedule({ userId: 3, input, courtName: "Prishtinë", createdAt: "2026-03-10T10:00:00.000Z" });
    expect(await listSchedules()).toHaveLength(1);
    await removeSchedule("k".repeat(32));
    expect(await listSchedules()).toEqual([]);
  });
});
