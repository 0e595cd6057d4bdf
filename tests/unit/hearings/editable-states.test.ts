import { describe, expect, it } from "vitest";
import { EDITABLE_STATES, isEditableState, mayEditReport } from "@/lib/hearings/editable-states";
import { editableHearingScope } from "@/lib/auth/scope";
import { assertMove } from "@/lib/review/transitions";

const monitor = { id: 4, role: "MONITOR", regionId: 1 } as const;

describe("which reports may be changed", () => {
  it("drafts and returned reports only", () => {
    expect([...EDITABLE_STATES].sort()).toEqual(["DRAFT", "RETURNED"]);
    expect(["DRAFT", "RETURNED", "SUBMITTED", "APPROVED"].filter(isEditableState)).toEqual(["DRAFT", "RETURNED"]);
  });

  it("only by their own monitor", () => {
    expect(mayEditReport({ reviewState: "DRAFT", monitorId: 4 }, monitor)).toBe(true);
    expect(mayEditReport({ reviewState: "RETURNED", monitorId: 4 }, monitor)).toBe(true);
    expect(mayEditReport({ reviewState: "SUBMITTED", monitorId: 4 }, monitor)).toBe(false);
    expect(mayEditReport({ reviewState: "APPROVED", monitorId: 4 }, monitor)).toBe(false);
    expect(mayEditReport({ reviewState: "DRAFT", monitorId: 5 }, monitor)).toBe(false);
    expect(mayEditReport({ reviewState: "DRAFT", monitorId: 4 }, { id: 4, role: "ANALYST" })).toBe(false);
  });

  it("the server's write scope and the submit move say the same", () => {
    expect(editableHearingScope(monitor as never)).toEqual({ monitorId: 4, reviewState: { in: ["DRAFT", "RETURNED"] } });
    for (const state of ["DRAFT", "RETURNED"] as const) expect(() => assertMove("submit", state)).not.toThrow();
    for (const state of ["SUBMITTED", "APPROVED"] as const) expect(() => assertMove("submit", state)).toThrow();
  });
});
