import type { ActionResult } from "@/lib/actions/action-result";
import type { ConflictDetails } from "@/lib/hearings/conflict";
import type { SaveResult } from "@/lib/hearings/save-result";
import type { HearingReportValues, SaveHearingDraftInput } from "@/lib/hearings/schema";
import type { StoredDraft } from "./draft-types";

/** What the report's sync engine (report-sync.ts) shows, and what it needs from the browser and the form. */
export type SyncStatus = "saved" | "pending" | "saving" | "offline" | "invalid" | "conflict" | "locked" | "closed" | "signedOut" | "error";

export interface SyncState {
  status: SyncStatus;
  conflict: ConflictDetails | null;
  savedAt: string | null;
  /** Unsaved changes were found on this device when the report opened, and put back. */
  restored: boolean;
  /** False when the browser refuses to store the draft: the monitor must not close the page while unsaved. */
  storageWorks: boolean;
}

export interface SyncDependencies {
  save: (input: SaveHearingDraftInput) => Promise<ActionResult<SaveResult>>;
  store: {
    /** This tab's id, and the unsaved copy of the report it should take up, if any. */
    claim: (hearingId: number) => Promise<{ tab: string; draft: StoredDraft | null }>;
    /** Resolves false when the browser refuses to store. */
    write: (draft: StoredDraft) => boolean | Promise<boolean>;
    remove: (hearingId: number, tab: string) => void | Promise<void>;
    /** Notes the version the server answered with (see draft-store.ts markSaved). */
    markSaved?: (hearingId: number, version: number) => void;
    /** The version last noted, forgotten as it is read. */
    takeLastSaved?: (hearingId: number) => number | null;
  };
  isOnline: () => boolean;
  newKey: () => string;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  now?: () => Date;
}

export interface SyncCallbacks {
  /** Whether the values pass the report's schema: invalid values stay on the device until fixed. */
  isValid: (values: HearingReportValues) => boolean;
  /** The server saved `sent`: apply what it emptied. */
  onSaved: (result: SaveResult, sent: HearingReportValues) => void;
  /** Put these values in the form (restored from the device, or the other version kept). */
  onRestore: (values: HearingReportValues) => void;
  onServerErrors: (fieldErrors: Record<string, string[]>) => void;
  /** The page shows an older version than one this tab saw saved (rendered while that save was landing): fetch it again. */
  onStaleRender?: () => void;
  /** The report can no longer be changed (submitted elsewhere, approved): the device's copy was cleared. */
  onClosed?: () => void;
}

export interface ServerReport {
  hearingId: number;
  /** The report's monitor: copies on a shared device are listed only to their own user. */
  userId: number;
  caseNumber: string;
  version: number;
  values: HearingReportValues;
  updatedAt: string;
}
