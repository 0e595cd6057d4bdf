import { evaluateReport } from "@/lib/hearings/evaluate-report";
import { conditionFactsOf, isFactVisible, type CaseFacts } from "@/lib/hearings/fact-rules";
import type { HearingFactsInput } from "@/lib/hearings/schema";
import type { AnswerValue } from "../compliance";
import type { ConditionFact, ConditionFacts, FactValue } from "../condition";
import type { ChecklistQuestionView } from "../question-view";

/**
 * A made-up hearing for the admin's preview of a checklist version. Every change goes through the monitor's
 * own rules (lib/hearings): facts that stop being asked are emptied and answers to questions that stop
 * applying are dropped, as a monitor's report is once saved. So the preview shows exactly the questions the
 * monitor's form shows for the same facts.
 */
export interface PreviewScenario {
  kase: CaseFacts;
  facts: HearingFactsInput;
  answers: Record<string, AnswerValue | undefined>;
}

/** Condition facts that belong to the case (chosen when it is created), not to the hearing. */
const CASE_FACT_FIELDS = { caseCategory: "category", caseSubject: "subject" } as const satisfies Partial<Record<ConditionFact, keyof CaseFacts>>;
type CaseConditionFact = keyof typeof CASE_FACT_FIELDS;

export const isCaseFact = (fact: ConditionFact): fact is CaseConditionFact => fact in CASE_FACT_FIELDS;

/** A hearing just scheduled on an ordinary criminal case: nothing recorded yet. */
export function blankScenario(): PreviewScenario {
  return {
    kase: { category: "CRIMINAL", subject: "GENERAL_CRIME" },
    facts: {
      stage: null, department: "GENERAL", judgeId: null, panel: "", prosecutor: "",
      scheduledAt: "", actualStartTime: "", endTime: "", status: null, adjournmentReasons: [], nextHearingDate: "",
      announcedPublicly: null, publicAdmitted: null, closedToPublic: null, closureGround: "", language: null,
      interpretationNeeded: null, interpretationProvided: null, recordingRequired: null, audioVideoRecorded: null,
      defendantCount: null, defendantsPresent: null, detentionStatus: null, defenceCounsel: null, victimInvolved: null,
      victimPresent: null, victimRepresented: null, juvenileInvolved: null, judgeGender: null, prosecutorGender: null,
      defendantGender: null, victimGender: null, verdictPronounced: null, verdict: null, sentenceType: null,
      sentenceMonths: null, fineEur: null, protectionOrder: null, narrative: "",
    },
    answers: {},
  };
}

/** The facts the questions' conditions read, as the monitor's form hands them to the checklist. */
export function scenarioConditionFacts(scenario: PreviewScenario): ConditionFacts {
  return conditionFactsOf(scenario.facts, scenario.kase);
}

/** Whether the monitor's form asks this fact for the hearing so far (the verdict only once it was held, ...). */
export function isFactAsked(scenario: PreviewScenario, fact: ConditionFact): boolean {
  return isCaseFact(fact) || isFactVisible(fact, scenario.facts, scenario.kase);
}

/** The scenario as a saved report would hold it: what stopped being asked or applying is emptied. */
function settle(scenario: PreviewScenario, questions: ChecklistQuestionView[]): PreviewScenario {
  const { values } = evaluateReport(
    { facts: scenario.facts, personal: { defendantNames: "", victimNames: "", witnessNames: "", juvenileDetails: "" }, answers: scenario.answers },
    questions,
    scenario.kase,
  );
  return { kase: scenario.kase, facts: values.facts, answers: values.answers };
}

/** Records one fact (null: not recorded). A case fact cannot be unrecorded: every case has a category and subject. */
export function withFact(scenario: PreviewScenario, fact: ConditionFact, value: FactValue, questions: ChecklistQuestionView[]): PreviewScenario {
  if (isCaseFact(fact)) {
    if (value === null) return scenario;
    return settle({ ...scenario, kase: { ...scenario.kase, [CASE_FACT_FIELDS[fact]]: value } }, questions);
  }
  return settle({ ...scenario, facts: { ...scenario.facts, [fact]: value } }, questions);
}

export function withAnswer(scenario: PreviewScenario, code: string, value: AnswerValue): PreviewScenario {
  return { ...scenario, answers: { ...scenario.answers, [code]: value } };
}
