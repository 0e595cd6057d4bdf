import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import type { ReviewState } from "@/lib/generated/prisma/enums";
import { assertMove, mayMove, stateAfter, type ReviewMove } from "@/lib/review/transitions";

const STATES: ReviewState[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"];
const ALLOWED: Record<ReviewMove, ReviewState[]> = {
  submit: ["DRAFT", "RETURNED"],
  return: ["SUBMITTED"],
  approve: ["SUBMITTED"],
  correct: ["APPROVED"],
};

describe("the review state machine", () => {
  for (const [move, from] of Object.entries(ALLOWED) as [ReviewMove, ReviewState[]][]) {
    for (const state of STATES) {
      const allowed = from.includes(state);
      it(`${move} from ${state} is ${allowed ? "allowed" : "refused"}`, () => {
        expect(mayMove(move, state)).toBe(allowed);
        if (allowed) expect(() => assertMove(move, state)).not.toThrow();
        else {
          try {
            assertMove(move, state);
            expect.unreachable();
          } catch (error) {
            expect(error).toBeInstanceOf(AppError);
            expect(error).toMatchObject({ code: "INVALID_STATE", details: { reason: "invalidMove", move, state } });
          }
        }
      });
    }
  }

  it("leads to the next state; a correction keeps the report approved", () => {
    expect(stateAfter("submit", "RETURNED")).toBe("SUBMITTED");
    expect(stateAfter("return", "SUBMITTED")).toBe("RETURNED");
    expect(stateAfter("approve", "SUBMITTED")).toBe("APPROVED");
    expect(stateAfter("correct", "APPROVED")).toBe("APPROVED");
  });

  it("says what was refused in words", () => {
    expect(() => assertMove("approve", "DRAFT")).toThrow("The report is draft: it cannot be approved");
    expect(() => assertMove("return", "APPROVED")).toThrow("The report is approved: it cannot be returned");
  });
});
