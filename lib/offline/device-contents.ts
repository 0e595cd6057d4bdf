import { PAGES_CACHE } from "./cache-names";
import { announceChange, deviceDb } from "./device-db";
import { listDrafts, listSchedules } from "./draft-store";

/** Changes on this device that the server does not have: case numbers of reports and of hearings not yet created. */
export interface DeviceContents {
  unsent: string[];
}

export async function deviceContents(): Promise<DeviceContents> {
  const drafts = (await listDrafts()).filter((draft) => draft.dirty || draft.pending);
  const schedules = await listSchedules();
  return { unsent: [...new Set([...drafts.map((d) => d.caseNumber), ...schedules.map((s) => s.input.caseNumber)])] };
}

/**
 * Clears everything the app keeps on this device for its users: unsent copies, hearings not yet created, the
 * field kit's list and the pages kept for offline use (they hold reports, names included). The build assets
 * stay: they hold no one's data.
 */
export async function clearDevice(): Promise<void> {
  try {
    const db = await deviceDb();
    await Promise.all([db.clear("drafts"), db.clear("schedules"), db.clear("fieldKits")]);
    announceChange();
  } catch {
    // No IndexedDB: nothing was kept there.
  }
  if (typeof caches !== "undefined") await caches.delete(PAGES_CACHE).catch(() => false);
}
