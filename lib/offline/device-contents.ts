import { announceChange, deviceDb } from "./device-db";
import { listDrafts, listSchedules } from "./draft-store";
import { forgetKeptPages } from "./forget-pages";

/** Changes on this device that the server does not have: case numbers of reports and of hearings not yet created. */
export interface DeviceContents {
  unsent: string[];
}

/** One user's unsent changes: another user of the same browser keeps theirs, unseen (as in device-drafts.tsx). */
export async function deviceContents(userId: number): Promise<DeviceContents> {
  const drafts = (await listDrafts()).filter((draft) => draft.userId === userId && (draft.dirty || draft.pending));
  const schedules = (await listSchedules()).filter((schedule) => schedule.userId === userId);
  return { unsent: [...new Set([...drafts.map((d) => d.caseNumber), ...schedules.map((s) => s.input.caseNumber)])] };
}

/**
 * Clears what the app keeps on this device for this user: their unsent copies, their hearings not yet created,
 * their field kit's list, and the pages kept for offline use (they hold reports, names included; the next sign-in
 * clears them anyway). Another user's copies stay for their next sign-in. The build assets stay: they hold no
 * one's data.
 */
export async function clearDevice(userId: number): Promise<void> {
  try {
    const db = await deviceDb();
    const tx = db.transaction(["drafts", "schedules", "fieldKits"], "readwrite");
    const drafts = (await tx.objectStore("drafts").getAll()).filter((draft) => draft.userId === userId);
    const schedules = (await tx.objectStore("schedules").getAll()).filter((schedule) => schedule.userId === userId);
    await Promise.all([
      ...drafts.map((draft) => tx.objectStore("drafts").delete([draft.hearingId, draft.tab])),
      ...schedules.map((schedule) => tx.objectStore("schedules").delete(schedule.input.clientKey)),
      tx.objectStore("fieldKits").delete(userId),
      tx.done,
    ]);
    announceChange();
  } catch {
    // No IndexedDB: nothing was kept there.
  }
  await forgetKeptPages();
}
