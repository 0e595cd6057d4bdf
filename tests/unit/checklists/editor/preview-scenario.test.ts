import { describe, expect, it } from "vitest";
import { evaluateCondition } from "@/lib/checklists/condition";
import { blankScenario, isFactAsked, scenarioConditionFacts, withAnswer, withFact, type PreviewScenario } from "@/lib/checklists/editor/preview-scenario";
import type { ChecklistQuestionView } from "@/lib/checklists/question-view";
import { question } from "../../hearings/report-fixtures";

const QUESTIONS: ChecklistQuestionView[] = [
  question("LISTED", { position: 1 }),
  question("VICTIM_INFORMED", { position: 2, standardNumber: 12, when: { fact: "victimInvolved", equals: true } }),
  question("REASONED_VERDICT", { position: 3, standardNumber: 10, when: { fact: "verdictPronounced", equals: true } }),
  question("DV_ORDER_EXPLAINED", { position: 4, standardNumber: 12, when: { all: [{ fact: "caseSubject", equals: "DOMESTIC_VIOLENCE" }, { fact: "protectionOrder", equals: true }] } }),
  question("OPEN_HEARING", { position: 5, standardNumber: 3, when: { not: { fact: "closedToPublic", equals: true } } }),
];

/** The codes the monitor's checklist shows for the scenario. */
const shown = (scenario: PreviewScenario) => QUESTIONS.filter((q) => evaluateCondition(q.condition, scenarioConditionFacts(scenario))).map((q) => q.code);
const set = (scenario: PreviewScenario, ...changes: [Parameters<typeof withFact>[1], Parameters<typeof withFact>[2]][]) =>
  changes.reduce((s, [fact, value]) => withFact(s, fact, value, QUESTIONS), scenario);

describe("the checklist preview's hearing", () => {
  it("starts as a hearing with nothing recorded: unconditional questions and those that hold on an unknown fact", () => {
    expect(shown(blankScenario())).toEqual(["LISTED", "OPEN_HEARING"]);
  });

  it("shows a conditional question while its fact holds, and drops its answer when it stops applying", () => {
    let scenario = set(blankScenario(), ["victimInvolved", true]);
    expect(shown(scenario)).toContain("VICTIM_INFORMED");
    scenario = withAnswer(scenario, "VICTIM_INFORMED", "NO");
    scenario = set(scenario, ["victimInvolved", false]);
    expect(shown(scenario)).not.toContain("VICTIM_INFORMED");
    expect(scenario.answers).not.toHaveProperty("VICTIM_INFORMED");
    expect(shown(set(scenario, ["victimInvolved", true]))).toContain("VICTIM_INFORMED");
  });

  it("asks a fact only where the monitor's form does, and empties it when it stops being asked", () => {
    expect(isFactAsked(blankScenario(), "verdictPronounced")).toBe(false);
    let scenario = set(blankScenario(), ["status", "HELD"]);
    expect(isFactAsked(scenario, "verdictPronounced")).toBe(true);
    scenario = set(scenario, ["verdictPronounced", true]);
    expect(shown(scenario)).toContain("REASONED_VERDICT");
    // Adjourned after all: the verdict is no longer asked, so a question hanging on it no longer applies.
    scenario = set(scenario, ["status", "ADJOURNED"]);
    expect(isFactAsked(scenario, "verdictPronounced")).toBe(false);
    expect(scenario.facts.verdictPronounced).toBeNull();
    expect(shown(scenario)).not.toContain("REASONED_VERDICT");
  });

  it("reads the case's category and subject, which are always recorded", () => {
    let scenario = set(blankScenario(), ["caseSubject", "DOMESTIC_VIOLENCE"]);
    expect(isFactAsked(scenario, "protectionOrder")).toBe(true);
    scenario = set(scenario, ["protectionOrder", true]);
    expect(shown(scenario)).toContain("DV_ORDER_EXPLAINED");
    scenario = set(scenario, ["caseSubject", null]);
    expect(scenario.kase.subject).toBe("DOMESTIC_VIOLENCE");
    scenario = set(scenario, ["caseSubject", "CORRUPTION"], ["caseCategory", "CIVIL"]);
    expect(scenarioConditionFacts(scenario)).toMatchObject({ caseCategory: "CIVIL", caseSubject: "CORRUPTION", protectionOrder: null });
    expect(shown(scenario)).not.toContain("DV_ORDER_EXPLAINED");
  });

  it("hides a question under \"not\" once the fact is recorded as the condition excludes", () => {
    expect(shown(set(blankScenario(), ["closedToPublic", true]))).not.toContain("OPEN_HEARING");
    expect(shown(set(blankScenario(), ["closedToPublic", false]))).toContain("OPEN_HEARING");
  });
});
