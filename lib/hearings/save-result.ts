import type { FactKey, PersonalKey } from "./schema";

export interface SaveResult {
  hearingId: number;
  version: number;
  savedAt: string;
  /** What the server emptied because it stopped applying: the form empties it too. */
  cleared: { facts: FactKey[]; personal: PersonalKey[]; answers: string[] };
  delayMinutes: number | null;
  durationMinutes: number | null;
}
