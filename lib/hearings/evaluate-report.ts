import { evaluateChecklist, type ChecklistEvaluation } from "@/lib/checklists/compliance";
import { toQuestionRule, type ChecklistQuestionView } from "@/lib/checklists/question-view";
import { conditionFactsOf, missingFacts, normalizeFacts, normalizePersonal, requiredFacts, type CaseFacts } from "./fact-rules";
import type { FactKey, HearingReportValues, PersonalKey } from "./schema";

/**
 * A whole report judged by the pure rules: what stopped applying (and is emptied), what is still missing
 * before it can be submitted, and the compliance per answer and per standard. The form runs it on every
 * change for its progress indicator; the server runs it on every save and on submit.
 */
export interface ReportEvaluation {
  values: HearingReportValues;
  clearedFacts: FactKey[];
  clearedPersonal: PersonalKey[];
  checklist: ChecklistEvaluation;
  missingFacts: FactKey[];
  /** Required, applicable questions without an answer (codes). */
  missingAnswers: string[];
  /** Items to record before submitting: required facts and questions that apply. */
  required: number;
  completed: number;
}

export function evaluateReport(values: HearingReportValues, questions: ChecklistQuestionView[], kase: CaseFacts): ReportEvaluation {
  const { facts, cleared: clearedFacts } = normalizeFacts(values.facts, kase);
  const { personal, cleared: clearedPersonal } = normalizePersonal(values.personal, facts, kase);
  const checklist = evaluateChecklist(questions.map(toQuestionRule), conditionFactsOf(facts, kase), values.answers);
  const kept = new Map(checklist.answers.map((a) => [a.code, a.value]));
  const answers = Object.fromEntries(questions.filter((q) => kept.has(q.code)).map((q) => [q.code, kept.get(q.code)!]));
  const missing = missingFacts(facts, kase);
  const requiredQuestions = questions.filter((q) => q.required && checklist.applicable.includes(q.code)).length;
  const required = requiredFacts(facts, kase).length + requiredQuestions;
  return {
    values: { facts, personal, answers },
    clearedFacts,
    clearedPersonal,
    checklist,
    missingFacts: missing,
    missingAnswers: checklist.missing,
    required,
    completed: required - missing.length - checklist.missing.length,
  };
}
