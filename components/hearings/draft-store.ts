import type { HearingReportValues } from "@/lib/hearings/schema";
import type { ScheduleHearingInput } from "@/lib/hearings/schedule-schema";

/**
 * What the browser keeps of a report until the server has it: the latest values, the version they were
 * based on, and the save in flight with its idempotency key (replayed as it is after a reload or a lost
 * connection, so that the server applies it once). Each tab keeps its own copy, so that two tabs on one
 * report never take each other's unsaved changes for their own; a copy left by a tab that is gone (closed,
 * crashed) is taken up by the next tab that opens the report. Removed once everything is saved: names of
 * people do not stay on the device longer than needed.
 */
export interface PendingSave {
  key: string;
  baseVersion: number;
  values: HearingReportValues;
}

export interface StoredDraft {
  hearingId: number;
  userId: number;
  /** The tab that keeps this copy (see tab-identity.ts). */
  tab: string;
  /** Shown in the list of drafts kept on this device. */
  caseNumber: string;
  baseVersion: number;
  values: HearingReportValues;
  /** Values changed since the pending save (or since the last save) that the server does not have. */
  dirty: boolean;
  pending: PendingSave | null;
  updatedAt: string;
}

const PREFIX = "trial-monitor:";
const DRAFT_PREFIX = `${PREFIX}report:`;
const draftKey = (hearingId: number, tab: string) => `${DRAFT_PREFIX}${hearingId}:${tab}`;
const scheduleKey = (clientKey: string) => `${PREFIX}schedule:${clientKey}`;

export function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

function read<T>(key: string): T | null {
  try {
    const raw = storage()?.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

/** False when the browser refuses to store (private mode, full quota): the form then says so. */
function write(key: string, value: unknown): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export const writeDraft = (draft: StoredDraft) => write(draftKey(draft.hearingId, draft.tab), draft);
export const removeDraft = (hearingId: number, tab: string) => storage()?.removeItem(draftKey(hearingId, tab));

/** A hearing scheduled while offline, waiting to be created. */
export interface StoredSchedule {
  userId: number;
  input: ScheduleHearingInput;
  courtName: string;
  createdAt: string;
}

export const writeSchedule = (schedule: StoredSchedule) => write(scheduleKey(schedule.input.clientKey), schedule);
export const removeSchedule = (clientKey: string) => storage()?.removeItem(scheduleKey(clientKey));

function entries<T>(prefix: string): T[] {
  const store = storage();
  if (!store) return [];
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys.map((key) => read<T>(key)).filter((value): value is T => value !== null);
}

/** Every tab's copy of every report kept on this device (of one report, when given). */
export const listDrafts = (hearingId?: number) => entries<StoredDraft>(hearingId ? `${DRAFT_PREFIX}${hearingId}:` : DRAFT_PREFIX);
export const listSchedules = () => entries<StoredSchedule>(`${PREFIX}schedule:`);

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
const savedKey = (hearingId: number) => `${PREFIX}saved:${hearingId}`;

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
