import type { ReviewState } from "@/lib/generated/prisma/enums";

/**
 * The one place that says which reports may still be changed: a monitor's own report while it is a draft or
 * has been returned with comments. The server's write scope, the submit move, the report page (form or
 * read-only) and the device's copies (cleared once their report leaves these states) all ask here.
 */
export const EDITABLE_STATES = ["DRAFT", "RETURNED"] as const satisfies readonly ReviewState[];

export type EditableState = (typeof EDITABLE_STATES)[number];

export function isEditableState(state: ReviewState | string): state is EditableState {
  return (EDITABLE_STATES as readonly string[]).includes(state);
}

/** Whether this user may change this report: only its own monitor, only in an editable state. */
export function mayEditReport(report: { reviewState: ReviewState; monitorId: number }, user: { id: number; role: string }): boolean {
  return user.role === "MONITOR" && report.monitorId === user.id && isEditableState(report.reviewState);
}
