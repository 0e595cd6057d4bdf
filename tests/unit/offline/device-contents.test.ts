import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { clearDevice, deviceContents } from "@/lib/offline/device-contents";
import { deviceDb } from "@/lib/offline/device-db";
import { listDrafts, listSchedules, removeDraft, removeSchedule, writeDraft, writeSchedule, type StoredDraft } from "@/lib/offline/draft-store";
import { facts, personal } from "../hearings/report-fixtures";

const MINE = 3;
const THEIRS = 4;

const copy = (hearingId: number, userId: number): StoredDraft => ({
  hearingId, userId, tab: "a", caseNumber: `P. ${hearingId}/2026`, baseVersion: 2, values: { facts: facts(), personal: personal(), answers: {} },
  dirty: true, pending: null, updatedAt: "2026-03-10T10:01:00.000Z",
});

const schedule = (userId: number, caseNumber: string) => ({
  userId, courtName: "Prishtinë", createdAt: "2026-03-10T10:00:00.000Z",
  input: { clientKey: `${caseNumber}`.padEnd(32, "k"), caseNumber } as never,
});

async function emptyDevice() {
  for (const d of await listDrafts()) await removeDraft(d.hearingId, d.tab);
  for (const s of await listSchedules()) await removeSchedule(s.input.clientKey);
}

describe("what signing out names and clears on a shared device", () => {
  beforeEach(emptyDevice);

  it("names only the signed-in user's unsent changes", async () => {
    await writeDraft(copy(7, MINE));
    await writeDraft(copy(8, THEIRS));
    await writeSchedule(schedule(MINE, "P. 100/2026"));
    await writeSchedule(schedule(THEIRS, "P. 200/2026"));
    expect((await deviceContents(MINE)).unsent.sort()).toEqual(["P. 100/2026", "P. 7/2026"]);
    expect((await deviceContents(THEIRS)).unsent.sort()).toEqual(["P. 200/2026", "P. 8/2026"]);
  });

  it("clears only the signed-in user's copies, hearings not yet created and field kit: another user's stay", async () => {
    await writeDraft(copy(7, MINE));
    await writeDraft(copy(8, THEIRS));
    await writeSchedule(schedule(MINE, "P. 100/2026"));
    await writeSchedule(schedule(THEIRS, "P. 200/2026"));
    const db = await deviceDb();
    for (const userId of [MINE, THEIRS]) await db.put("fieldKits", { userId, syncedAt: "2026-03-10T10:00:00.000Z", manifest: { entries: [], closed: [], days: 14 } });

    await clearDevice(MINE);

    expect((await listDrafts()).map((d) => [d.hearingId, d.userId])).toEqual([[8, THEIRS]]);
    expect((await listSchedules()).map((s) => s.userId)).toEqual([THEIRS]);
    expect(await db.get("fieldKits", MINE)).toBeUndefined();
    expect(await db.get("fieldKits", THEIRS)).toBeDefined();
    expect((await deviceContents(MINE)).unsent).toEqual([]);
  });
});
