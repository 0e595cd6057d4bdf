import { describe, expect, it } from "vitest";
import { conditionFacts, conditionSchema, evaluateCondition } from "@/lib/checklists/condition";

describe("evaluateCondition", () => {
  it("no condition: the question always applies", () => {
    expect(evaluateCondition(null, {})).toBe(true);
  });

  it("equals and in compare a fact", () => {
    expect(evaluateCondition({ fact: "juvenileInvolved", equals: true }, { juvenileInvolved: true })).toBe(true);
    expect(evaluateCondition({ fact: "juvenileInvolved", equals: true }, { juvenileInvolved: false })).toBe(false);
    expect(evaluateCondition({ fact: "stage", in: ["INITIAL", "MAIN_TRIAL"] }, { stage: "MAIN_TRIAL" })).toBe(true);
    expect(evaluateCondition({ fact: "stage", in: ["INITIAL", "MAIN_TRIAL"] }, { stage: "CLOSING" })).toBe(false);
  });

  it("a fact not recorded yet satisfies no comparison, but satisfies its negation", () => {
    expect(evaluateCondition({ fact: "closedToPublic", equals: true }, {})).toBe(false);
    expect(evaluateCondition({ fact: "closedToPublic", equals: false }, { closedToPublic: null })).toBe(false);
    expect(evaluateCondition({ not: { fact: "closedToPublic", equals: true } }, {})).toBe(true);
  });

  it("all, any and not combine conditions", () => {
    const facts = { status: "HELD", caseCategory: "CRIMINAL", victimInvolved: false };
    expect(evaluateCondition({ all: [{ fact: "status", equals: "HELD" }, { fact: "caseCategory", in: ["CRIMINAL"] }] }, facts)).toBe(true);
    expect(evaluateCondition({ all: [{ fact: "status", equals: "HELD" }, { fact: "victimInvolved", equals: true }] }, facts)).toBe(false);
    expect(evaluateCondition({ any: [{ fact: "status", equals: "ADJOURNED" }, { fact: "victimInvolved", equals: false }] }, facts)).toBe(true);
    expect(evaluateCondition({ not: { any: [{ fact: "status", equals: "HELD" }] } }, facts)).toBe(false);
  });

  it("lists the facts a condition reads", () => {
    expect(conditionFacts({ all: [{ fact: "status", equals: "HELD" }, { not: { fact: "juvenileInvolved", equals: true } }, { fact: "status", in: ["X"] }] }))
      .toEqual(["status", "juvenileInvolved"]);
  });
});

describe("conditionSchema", () => {
  it("accepts nested conditions", () => {
    expect(conditionSchema.safeParse({ all: [{ fact: "status", equals: "HELD" }, { not: { fact: "juvenileInvolved", equals: true } }] }).success).toBe(true);
  });
  it("refuses unknown facts, empty lists and extra keys", () => {
    expect(conditionSchema.safeParse({ fact: "shoeSize", equals: 42 }).success).toBe(false);
    expect(conditionSchema.safeParse({ fact: "stage", in: [] }).success).toBe(false);
    expect(conditionSchema.safeParse({ fact: "stage", equals: "X", extra: 1 }).success).toBe(false);
    expect(conditionSchema.safeParse({ all: [] }).success).toBe(false);
  });
});
