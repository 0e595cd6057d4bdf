import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { ScheduleHearingInput } from "@/lib/hearings/schedule-schema";
import type { FieldKitManifest } from "./field-kit-types";
import type { StoredDraft } from "./draft-types";

/** A hearing scheduled while offline, waiting to be created. */
export interface StoredSchedule {
  userId: number;
  input: ScheduleHearingInput;
  courtName: string;
  createdAt: string;
}

/** What "ready for court" last downloaded for a user, and when. */
export interface StoredFieldKit {
  userId: number;
  syncedAt: string;
  manifest: FieldKitManifest;
}

/**
 * The device's database (IndexedDB, through `idb`): the unsaved copies of reports, hearings scheduled
 * offline and the field kit's list. IndexedDB rather than localStorage: it is not capped at a few MB, is
 * reachable from the service worker, and writes without blocking the page.
 */
interface DeviceSchema extends DBSchema {
  drafts: { key: [number, string]; value: StoredDraft; indexes: { byHearing: number } };
  schedules: { key: string; value: StoredSchedule };
  fieldKits: { key: number; value: StoredFieldKit };
}

export const DEVICE_DB = "trial-monitor";
const VERSION = 1;
/** Tabs of this browser tell each other that the device's copies changed. */
export const DEVICE_CHANNEL = "trial-monitor:device";

let opening: Promise<IDBPDatabase<DeviceSchema>> | null = null;

export function deviceDb(): Promise<IDBPDatabase<DeviceSchema>> {
  opening ??= openDB<DeviceSchema>(DEVICE_DB, VERSION, {
    upgrade(db) {
      const drafts = db.createObjectStore("drafts", { keyPath: ["hearingId", "tab"] });
      drafts.createIndex("byHearing", "hearingId");
      db.createObjectStore("schedules", { keyPath: "input.clientKey" });
      db.createObjectStore("fieldKits", { keyPath: "userId" });
    },
    // Another tab upgrades the database: let it, and open again next time.
    blocking() {
      const open = opening;
      opening = null;
      void open?.then((db) => db.close());
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Tells this browser's other tabs (and this one's lists) that the device's copies changed. */
export function announceChange() {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(DEVICE_CHANNEL);
  channel.postMessage("changed");
  channel.close();
}

export function onDeviceChange(listener: () => void): () => void {
  if (typeof BroadcastChannel === "undefined") return () => {};
  const channel = new BroadcastChannel(DEVICE_CHANNEL);
  channel.onmessage = () => listener();
  return () => channel.close();
}
