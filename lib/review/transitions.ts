import { AppError } from "@/lib/errors/app-error";
import type { ReviewState } from "@/lib/generated/prisma/enums";
import { EDITABLE_STATES } from "@/lib/hearings/editable-states";

/**
 * The review state machine: DRAFT → SUBMITTED (monitor), SUBMITTED → RETURNED | APPROVED (reviewer),
 * RETURNED → SUBMITTED (monitor), and an approved report corrected in place (reviewer, with a reason).
 * Every other move is refused before anything is written.
 */
export type ReviewMove = "submit" | "return" | "approve" | "correct";

const ALLOWED_FROM: Record<ReviewMove, readonly ReviewState[]> = {
  submit: EDITABLE_STATES,
  return: ["SUBMITTED"],
  approve: ["SUBMITTED"],
  correct: ["APPROVED"],
};

const RESULT: Record<ReviewMove, ReviewState | null> = {
  submit: "SUBMITTED",
  return: "RETURNED",
  approve: "APPROVED",
  // A correction keeps the report approved.
  correct: null,
};

const PAST: Record<ReviewMove, string> = { submit: "submitted", return: "returned", approve: "approved", correct: "corrected" };

export interface InvalidMoveDetails {
  reason: "invalidMove";
  move: ReviewMove;
  state: ReviewState;
}

export function mayMove(move: ReviewMove, state: ReviewState): boolean {
  return ALLOWED_FROM[move].includes(state);
}

/** The state a report is in after the move (a correction leaves it as it was). */
export function stateAfter(move: ReviewMove, state: ReviewState): ReviewState {
  return RESULT[move] ?? state;
}

/** Refuses a move from a state it does not start from, naming both so that the screen can say why. */
export function assertMove(move: ReviewMove, state: ReviewState): void {
  if (mayMove(move, state)) return;
  const details: InvalidMoveDetails = { reason: "invalidMove", move, state };
  throw new AppError("INVALID_STATE", `The report is ${state.toLowerCase()}: it cannot be ${PAST[move]}`, undefined, details);
}
