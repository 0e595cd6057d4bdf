import { describe, expect, it } from "vitest";
import { evaluateCondition, type Condition } from "@/lib/checklists/condition";
import { conditionToRows, rowsToCondition } from "@/lib/checklists/editor/condition-builder";
import { impossibleComparisons } from "@/lib/checklists/editor/condition-values";
import { CHECKLIST_V1 } from "@/prisma/reference/checklist-v1";

describe("condition builder", () => {
  it("represents every condition of checklist version 1, and rebuilds one that means the same", () => {
    const facts = [
      {}, { status: "HELD", caseCategory: "CRIMINAL", defendantsPresent: true, stage: "MAIN_TRIAL" },
      { status: "ADJOURNED", closedToPublic: true, victimInvolved: true, verdictPronounced: true, defenceCounsel: "NONE" },
      { status: "HELD", caseCategory: "JUVENILE", juvenileInvolved: true, interpretationNeeded: true, stage: "CLOSING" },
    ] as const;
    for (const question of CHECKLIST_V1) {
      const condition = question.condition ?? null;
      const state = conditionToRows(condition);
      expect(state, question.code).not.toBeNull();
      const rebuilt = rowsToCondition(state!);
      for (const f of facts) expect(evaluateCondition(rebuilt, f), `${question.code} on ${JSON.stringify(f)}`).toBe(evaluateCondition(condition, f));
    }
  });

  it("writes comparisons as equals / in, negations as not, and joins rows by all or any", () => {
    expect(rowsToCondition({ mode: "always", rows: [{ fact: "stage", operator: "is", values: ["INITIAL"] }] })).toBeNull();
    expect(rowsToCondition({ mode: "all", rows: [{ fact: "juvenileInvolved", operator: "is", values: [true] }] }))
      .toEqual({ fact: "juvenileInvolved", equals: true });
    expect(rowsToCondition({
      mode: "any",
      rows: [
        { fact: "stage", operator: "is", values: ["INITIAL", "MAIN_TRIAL"] },
        { fact: "closedToPublic", operator: "isNot", values: [true] },
        { fact: "caseSubject", operator: "isNot", values: [] },
      ],
    })).toEqual({ any: [{ fact: "stage", in: ["INITIAL", "MAIN_TRIAL"] }, { not: { fact: "closedToPublic", equals: true } }] });
  });

  it("gives up on conditions nested deeper than one group, which are edited as JSON", () => {
    const nested: Condition = { all: [{ any: [{ fact: "stage", equals: "INITIAL" }, { fact: "status", equals: "HELD" }] }, { fact: "victimInvolved", equals: true }] };
    expect(conditionToRows(nested)).toBeNull();
    expect(conditionToRows({ not: { all: [{ fact: "stage", equals: "INITIAL" }] } })).toBeNull();
    expect(conditionToRows(null)).toEqual({ mode: "always", rows: [] });
  });

  it("finds comparisons with values a fact can never take", () => {
    expect(impossibleComparisons({ all: [{ fact: "stage", equals: "HELD" }, { fact: "juvenileInvolved", equals: "yes" }, { fact: "status", in: ["HELD", "ADJOURNED"] }] }))
      .toEqual([{ fact: "stage", value: "HELD" }, { fact: "juvenileInvolved", value: "yes" }]);
    expect(impossibleComparisons(CHECKLIST_V1[0]!.condition ?? null)).toEqual([]);
    for (const q of CHECKLIST_V1) expect(impossibleComparisons(q.condition ?? null), q.code).toEqual([]);
  });
});
