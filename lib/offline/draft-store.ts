import { announceChange, deviceDb, type StoredSchedule } from "./device-db";
import type { StoredDraft } from "./draft-types";

export type { PendingSave, StoredDraft } from "./draft-types";
export type { StoredSchedule } from "./device-db";

/**
 * The device's copies of reports and of hearings scheduled offline, in IndexedDB (device-db.ts). Writes take
 * a copy of the value at once: the caller keeps changing its own object.
 */

/** False when the browser refuses to store (private mode, full quota): the form then says so. */
export async function writeDraft(draft: StoredDraft): Promise<boolean> {
  const copy = structuredClone(draft);
  try {
    await (await deviceDb()).put("drafts", copy);
    announceChange();
    return true;
  } catch {
    return false;
  }
}

export async function removeDraft(hearingId: number, tab: string): Promise<void> {
  try {
    await (await deviceDb()).delete("drafts", [hearingId, tab]);
    announceChange();
  } catch {
    // Nothing stored, or no IndexedDB: nothing to remove.
  }
}

/** Every tab's copy of every report kept on this device (of one report, when given). */
export async function listDrafts(hearingId?: number): Promise<StoredDraft[]> {
  try {
    const db = await deviceDb();
    return hearingId === undefined ? await db.getAll("drafts") : await db.getAllFromIndex("drafts", "byHearing", hearingId);
  } catch {
    return [];
  }
}

/** Removes every tab's copy of one report. */
export async function removeDraftsOf(hearingId: number): Promise<number> {
  const copies = await listDrafts(hearingId);
  for (const copy of copies) await removeDraft(copy.hearingId, copy.tab);
  return copies.length;
}

export async function writeSchedule(schedule: StoredSchedule): Promise<boolean> {
  try {
    await (await deviceDb()).put("schedules", structuredClone(schedule));
    announceChange();
    return true;
  } catch {
    return false;
  }
}

export async function removeSchedule(clientKey: string): Promise<void> {
  try {
    await (await deviceDb()).delete("schedules", clientKey);
    announceChange();
  } catch {
    // Nothing to remove.
  }
}

export async function listSchedules(): Promise<StoredSchedule[]> {
  try {
    return await (await deviceDb()).getAll("schedules");
  } catch {
    return [];
  }
}

/** A random key for idempotent requests (32 hex characters). */
export function newClientKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The last version of a report this tab saw saved, in the tab's sessionStorage (a reload keeps it). A page
 * reloaded while a save was on its way can be rendered before that save landed: this tells such a page
 * that the server already holds something newer than what it shows.
 */
const savedKey = (hearingId: number) => `trial-monitor:saved:${hearingId}`;

export function markSaved(hearingId: number, version: number) {
  try {
    sessionStorage.setItem(savedKey(hearingId), String(version));
  } catch {
    // Without sessionStorage a stale page is caught by the next save's version check instead.
  }
}

export function takeLastSaved(hearingId: number): number | null {
  try {
    const value = sessionStorage.getItem(savedKey(hearingId));
    sessionStorage.removeItem(savedKey(hearingId));
    return value === null ? null : Number(value);
  } catch {
    return null;
  }
}
