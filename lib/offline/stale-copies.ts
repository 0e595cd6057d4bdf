import { removeDraftsOf } from "./draft-store";
import type { ClosedReport } from "./field-kit-types";

/** A device copy that was cleared, and why (shown to the monitor: a copy never disappears silently). */
export interface ClearedCopy {
  hearingId: number;
  caseNumber: string;
  reason: "submitted" | "approved" | "gone";
}

export function reasonOf(state: ClosedReport["reviewState"] | string | null): ClearedCopy["reason"] {
  return state === "SUBMITTED" ? "submitted" : state === "APPROVED" ? "approved" : "gone";
}

/**
 * Clears the device's copies of reports that can no longer be changed (submitted from another device,
 * approved, or no longer this monitor's). Keeping them would promise "sent as soon as you are online" for a
 * save the server will always refuse. `caseNumbers` names the reports the server did not (it no longer
 * shows them to this monitor), from the copies themselves.
 */
export async function clearStaleCopies(closed: ClosedReport[], caseNumbers: Map<number, string>): Promise<ClearedCopy[]> {
  const cleared: ClearedCopy[] = [];
  for (const report of closed) {
    if (await removeDraftsOf(report.hearingId)) {
      cleared.push({ hearingId: report.hearingId, caseNumber: report.caseNumber ?? caseNumbers.get(report.hearingId) ?? "", reason: reasonOf(report.reviewState) });
    }
  }
  return cleared;
}

/**
 * The open form learnt that its report closed and cleared its copy: noted for this tab, so that the read-only
 * page that replaces the form can still say why the unsent changes went.
 */
const closedKey = (hearingId: number) => `trial-monitor:closed:${hearingId}`;

export function markClosed(hearingId: number) {
  try {
    sessionStorage.setItem(closedKey(hearingId), "1");
  } catch {
    // Without sessionStorage the read-only page just does not repeat the message.
  }
}

export function takeClosed(hearingId: number): boolean {
  try {
    const noted = sessionStorage.getItem(closedKey(hearingId)) !== null;
    sessionStorage.removeItem(closedKey(hearingId));
    return noted;
  } catch {
    return false;
  }
}
