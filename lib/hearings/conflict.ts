import type { HearingReportValues } from "./schema";

/** What a client needs to resolve a refused stale save: the version that won, to see and keep. */
export interface ConflictDetails {
  version: number;
  updatedAt: string;
  values: HearingReportValues;
}
