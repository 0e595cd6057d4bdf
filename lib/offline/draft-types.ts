import type { HearingReportValues } from "@/lib/hearings/schema";

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
