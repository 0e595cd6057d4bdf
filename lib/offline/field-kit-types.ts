/** Court days ahead (today included) whose hearings "ready for court" always takes, whatever the bound cuts. */
export const FIELD_KIT_DAYS = 14;

/** What "ready for court" downloads: the monitor's editable reports, and the fate of copies the device holds. */
export interface FieldKitEntry {
  hearingId: number;
  caseId: number;
  caseNumber: string;
  scheduledAt: string;
  reviewState: "DRAFT" | "RETURNED";
  version: number;
}

/** A report the device keeps a copy of that can no longer be changed here, and why. */
export interface ClosedReport {
  hearingId: number;
  /** SUBMITTED or APPROVED; null when the report is no longer there for this monitor at all. */
  reviewState: "SUBMITTED" | "APPROVED" | null;
  caseNumber: string | null;
}

export interface FieldKitManifest {
  entries: FieldKitEntry[];
  closed: ClosedReport[];
  /** Days ahead the upcoming hearings are taken from. */
  days: number;
}
