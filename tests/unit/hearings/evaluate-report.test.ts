import { describe, expect, it } from "vitest";
import { evaluateReport } from "@/lib/hearings/evaluate-report";
import { facts, personal, QUESTIONS } from "./report-fixtures";

const kase = { category: "CRIMINAL", subject: "GENERAL_CRIME" } as const;

describe("evaluateReport", () => {
  it("drops answers to questions that stopped applying, and names them", () => {
    const evaluation = evaluateReport(
      { facts: facts({ victimInvolved: false }), personal: personal(), answers: { LISTED: "YES", VICTIM_INFORMED: "NO" } },
      QUESTIONS, kase,
    );
    expect(evaluation.checklist.cleared).toEqual(["VICTIM_INFORMED"]);
    expect(evaluation.values.answers).toEqual({ LISTED: "YES" });
  });

  it("counts the required items that apply, and what is done", () => {
    const draft = evaluateReport({ facts: facts(), personal: personal(), answers: {} }, QUESTIONS, kase);
    // stage, status, announcedPublicly; and LISTED (the optional question does not count).
    expect(draft.required).toBe(4);
    expect(draft.completed).toBe(0);
    expect(draft.missingAnswers).toEqual(["LISTED"]);

    const held = evaluateReport(
      { facts: facts({ stage: "MAIN_TRIAL", status: "HELD", announcedPublicly: true, victimInvolved: true }), personal: personal(), answers: { LISTED: "NO", PREJUDGMENT: "YES" } },
      QUESTIONS, kase,
    );
    expect(held.missingAnswers).toEqual(["VICTIM_INFORMED"]);
    expect(held.completed).toBe(held.required - held.missingFacts.length - 1);
    expect(held.checklist.standards.find((s) => s.standardId === 101)).toMatchObject({ result: "NON_COMPLIANT", nonCompliantCount: 1 });
    expect(held.checklist.standards.find((s) => s.standardId === 102)).toMatchObject({ result: "NON_COMPLIANT" });
  });

  it("a complete report misses nothing", () => {
    const evaluation = evaluateReport(
      { facts: facts({ stage: "MAIN_TRIAL", status: "CANCELLED", announcedPublicly: true }), personal: personal(), answers: { LISTED: "YES" } },
      QUESTIONS, kase,
    );
    expect(evaluation.missingFacts).toEqual([]);
    expect(evaluation.missingAnswers).toEqual([]);
    expect(evaluation.completed).toBe(evaluation.required);
  });
});
