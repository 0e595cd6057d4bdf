import { describe, expect, it } from "vitest";
import { answerCompliance, combineStandard, evaluateChecklist, type QuestionRule } from "@/lib/checklists/compliance";

const rule = (over: Partial<QuestionRule> = {}): QuestionRule => ({
  code: "Q", standardId: 1, answerType: "YES_NO", condition: null, nonCompliantAnswers: ["NO"], required: true, ...over,
});

describe("answerCompliance", () => {
  it("yes/no question whose non-compliant answer is NO", () => {
    const q = rule();
    expect(answerCompliance(q, "YES", true)).toBe("COMPLIANT");
    expect(answerCompliance(q, "NO", true)).toBe("NON_COMPLIANT");
    expect(answerCompliance(q, "NA", true)).toBe("NOT_APPLICABLE");
    expect(answerCompliance(q, "UNCLEAR", true)).toBe("UNCLEAR");
  });

  it("yes/no question whose non-compliant answer is YES", () => {
    const q = rule({ nonCompliantAnswers: ["YES"] });
    expect(answerCompliance(q, "YES", true)).toBe("NON_COMPLIANT");
    expect(answerCompliance(q, "NO", true)).toBe("COMPLIANT");
  });

  it("a question that does not apply is not applicable whatever its answer", () => {
    expect(answerCompliance(rule(), "NO", false)).toBe("NOT_APPLICABLE");
    expect(answerCompliance(rule(), null, false)).toBe("NOT_APPLICABLE");
  });

  it("an applicable question without an answer has no compliance yet", () => {
    expect(answerCompliance(rule(), null, true)).toBeNull();
    expect(answerCompliance(rule(), "", true)).toBeNull();
    expect(answerCompliance(rule({ answerType: "MULTI_CHOICE" }), [], true)).toBeNull();
  });

  it("single choice: non-compliant when the chosen option is listed", () => {
    const q = rule({ answerType: "SINGLE_CHOICE", nonCompliantAnswers: ["NONE", "PARTIAL"] });
    expect(answerCompliance(q, "FULL", true)).toBe("COMPLIANT");
    expect(answerCompliance(q, "PARTIAL", true)).toBe("NON_COMPLIANT");
    expect(answerCompliance(q, "NA", true)).toBe("NOT_APPLICABLE");
  });

  it("multiple choice: non-compliant when any chosen option is listed", () => {
    const q = rule({ answerType: "MULTI_CHOICE", nonCompliantAnswers: ["CAGE"] });
    expect(answerCompliance(q, ["HANDCUFFS"], true)).toBe("COMPLIANT");
    expect(answerCompliance(q, ["HANDCUFFS", "CAGE"], true)).toBe("NON_COMPLIANT");
  });

  it("number and text answers inform and never decide compliance", () => {
    expect(answerCompliance(rule({ answerType: "NUMBER", nonCompliantAnswers: [] }), 12, true)).toBe("NOT_APPLICABLE");
    expect(answerCompliance(rule({ answerType: "TEXT", nonCompliantAnswers: [] }), "note", true)).toBe("NOT_APPLICABLE");
  });
});

describe("combineStandard", () => {
  it("any non-compliant answer makes the standard non-compliant", () => {
    expect(combineStandard(["COMPLIANT", "NON_COMPLIANT", "NOT_APPLICABLE"])).toBe("NON_COMPLIANT");
  });
  it("compliant when some answer is compliant and none is not", () => {
    expect(combineStandard(["COMPLIANT", "UNCLEAR", "NOT_APPLICABLE"])).toBe("COMPLIANT");
  });
  it("unclear when only unclear answers apply", () => {
    expect(combineStandard(["UNCLEAR", "NOT_APPLICABLE"])).toBe("UNCLEAR");
  });
  it("not applicable when nothing applies, or nothing was answered", () => {
    expect(combineStandard(["NOT_APPLICABLE"])).toBe("NOT_APPLICABLE");
    expect(combineStandard([])).toBe("NOT_APPLICABLE");
    expect(combineStandard([null])).toBe("NOT_APPLICABLE");
  });
});

describe("evaluateChecklist", () => {
  const questions: QuestionRule[] = [
    rule({ code: "PUB_LISTED", standardId: 1 }),
    rule({ code: "PUB_CLOSURE_GROUND", standardId: 1, condition: { fact: "closedToPublic", equals: true } }),
    rule({ code: "JUV_GUARDIAN", standardId: 13, condition: { fact: "juvenileInvolved", equals: true } }),
    rule({ code: "RJ_WRITTEN_ON_TIME", standardId: 11, required: false, condition: { fact: "verdictPronounced", equals: true } }),
  ];

  it("keeps applicable answers, clears those whose question stopped applying, and lists what is missing", () => {
    const result = evaluateChecklist(questions, { closedToPublic: false, juvenileInvolved: true, verdictPronounced: true }, {
      PUB_LISTED: "YES",
      PUB_CLOSURE_GROUND: "NO",
    });
    expect(result.answers).toEqual([{ code: "PUB_LISTED", standardId: 1, value: "YES", compliance: "COMPLIANT" }]);
    expect(result.cleared).toEqual(["PUB_CLOSURE_GROUND"]);
    expect(result.applicable).toEqual(["PUB_LISTED", "JUV_GUARDIAN", "RJ_WRITTEN_ON_TIME"]);
    expect(result.missing).toEqual(["JUV_GUARDIAN"]);
  });

  it("gives one result per standard of the checklist, counting non-compliant answers", () => {
    const result = evaluateChecklist(questions, { closedToPublic: true, juvenileInvolved: false }, {
      PUB_LISTED: "NO",
      PUB_CLOSURE_GROUND: "NO",
      JUV_GUARDIAN: "YES",
    });
    const byStandard = Object.fromEntries(result.standards.map((s) => [s.standardId, s]));
    expect(byStandard[1]).toEqual({ standardId: 1, result: "NON_COMPLIANT", nonCompliantCount: 2 });
    expect(byStandard[13]).toEqual({ standardId: 13, result: "NOT_APPLICABLE", nonCompliantCount: 0 });
    expect(byStandard[11]).toEqual({ standardId: 11, result: "NOT_APPLICABLE", nonCompliantCount: 0 });
    expect(result.cleared).toEqual(["JUV_GUARDIAN"]);
  });
});
