import { describe, expect, it } from "vitest";
import { answerCell } from "@/lib/reports/export/answer-cell";

describe("answerCell", () => {
  it("joins a multiple-choice answer's choices with ';' in their order", () => {
    expect(answerCell(["WITNESS", "DEFENDANT", "VICTIM"])).toBe("WITNESS;DEFENDANT;VICTIM");
    expect(answerCell([])).toBe("");
  });

  it("writes other answers as their text, as PostgreSQL's #>> '{}' did", () => {
    expect([answerCell("YES"), answerCell(3), answerCell(2.5), answerCell(true), answerCell(false)]).toEqual(["YES", "3", "2.5", "true", "false"]);
  });

  it("leaves a missing or null answer empty", () => {
    expect([answerCell(undefined), answerCell(null)]).toEqual([null, null]);
  });
});
