import { PAGES_CACHE } from "./cache-names";
import { announceChange, deviceDb } from "./device-db";
import { listDrafts, listSchedules } from "./draft-store";

/** What this device holds of the app: changes not yet on the server, and pages kept for the courtroom. */
export interface DeviceContents {
  /** Case numbers of reports with changes the server does not have, and of hearings not yet created. */
  unsent: string[];
  /** Pages put on the device ("ready for court", or visited). */
  pagesKept: boolean;
}

export async function deviceContents(): Promise<DeviceContents> {
  const drafts = (await listDrafts()).filter((draft) => draft.dirty || draft.pending);
  const schedules = await listSchedules();
  const unsent = [...new Set([...drafts.map((d) => d.caseNumber), ...schedules.map((s) => s.input.caseNumber)])];
  let pagesKept = false;
  try {
    pagesKept = typeof caches !== "undefined" && (await (await caches.open(PAGES_CACHE)).keys()).length > 0;
  } catch {
    // No Cache Storage: nothing kept there.
  }
  return { unsent, pagesKept };
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
