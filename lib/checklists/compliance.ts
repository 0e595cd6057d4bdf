import type { Condition, ConditionFacts } from "./condition";
import { evaluateCondition } from "./condition";

/**
 * The rules that turn answers into compliance. Pure: the same code runs in the browser (progress,
 * preview) and on the server (submit), and the unit tests pin it down.
 */
export const YES_NO_VALUES = ["YES", "NO", "NA", "UNCLEAR"] as const;
export type YesNoValue = (typeof YES_NO_VALUES)[number];

export type AnswerType = "YES_NO" | "SINGLE_CHOICE" | "MULTI_CHOICE" | "NUMBER" | "TEXT";
export type ComplianceValue = "COMPLIANT" | "NON_COMPLIANT" | "NOT_APPLICABLE" | "UNCLEAR";
export type AnswerValue = string | string[] | number | null;

/** Values that mean "does not apply here" or "could not tell", for any choice question. */
export const NOT_APPLICABLE_VALUE = "NA";
export const UNCLEAR_VALUE = "UNCLEAR";

export interface QuestionRule {
  code: string;
  standardId: number;
  answerType: AnswerType;
  condition: Condition | null;
  nonCompliantAnswers: string[];
  required: boolean;
}

export function isEmptyAnswer(value: AnswerValue | undefined): value is null | undefined {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  return Number.isNaN(value);
}

/**
 * Compliance implied by one answer. Null when the question applies but has no answer yet.
 * NUMBER and TEXT answers inform the narrative and never decide compliance.
 */
export function answerCompliance(rule: QuestionRule, value: AnswerValue | undefined, applies: boolean): ComplianceValue | null {
  if (!applies) return "NOT_APPLICABLE";
  if (isEmptyAnswer(value)) return null;
  if (rule.answerType === "NUMBER" || rule.answerType === "TEXT") return "NOT_APPLICABLE";
  const chosen = Array.isArray(value) ? value : [String(value)];
  if (chosen.some((v) => rule.nonCompliantAnswers.includes(v))) return "NON_COMPLIANT";
  if (chosen.every((v) => v === NOT_APPLICABLE_VALUE)) return "NOT_APPLICABLE";
  if (chosen.every((v) => v === UNCLEAR_VALUE || v === NOT_APPLICABLE_VALUE)) return "UNCLEAR";
  return "COMPLIANT";
}

/**
 * A hearing is non-compliant with a standard when any applicable answer under it is; compliant when at
 * least one answer is compliant and none is not; unclear when the only applicable answers are "unclear".
 */
export function combineStandard(compliances: (ComplianceValue | null)[]): ComplianceValue {
  if (compliances.includes("NON_COMPLIANT")) return "NON_COMPLIANT";
  if (compliances.includes("COMPLIANT")) return "COMPLIANT";
  if (compliances.includes("UNCLEAR")) return "UNCLEAR";
  return "NOT_APPLICABLE";
}

export interface EvaluatedAnswer {
  code: string;
  standardId: number;
  value: AnswerValue;
  compliance: ComplianceValue;
}

export interface ChecklistEvaluation {
  /** Answers to keep: applicable and answered. */
  answers: EvaluatedAnswer[];
  /** Codes whose answers were dropped because the question no longer applies. */
  cleared: string[];
  /** Required questions that apply and have no answer. */
  missing: string[];
  /** Codes of the questions that apply, in checklist order. */
  applicable: string[];
  /** One result per standard that the checklist version measures. */
  standards: { standardId: number; result: ComplianceValue; nonCompliantCount: number }[];
}

export function evaluateChecklist(
  questions: QuestionRule[],
  facts: ConditionFacts,
  given: Record<string, AnswerValue | undefined>,
): ChecklistEvaluation {
  const answers: EvaluatedAnswer[] = [];
  const cleared: string[] = [];
  const missing: string[] = [];
  const applicable: string[] = [];
  const byStandard = new Map<number, (ComplianceValue | null)[]>();

  for (const question of questions) {
    const applies = evaluateCondition(question.condition, facts);
    const value = given[question.code];
    const compliance = answerCompliance(question, value, applies);
    if (!byStandard.has(question.standardId)) byStandard.set(question.standardId, []);
    if (!applies) {
      if (!isEmptyAnswer(value)) cleared.push(question.code);
      byStandard.get(question.standardId)!.push("NOT_APPLICABLE");
      continue;
    }
    applicable.push(question.code);
    if (compliance === null || isEmptyAnswer(value)) {
      if (question.required) missing.push(question.code);
      continue;
    }
    answers.push({ code: question.code, standardId: question.standardId, value, compliance });
    byStandard.get(question.standardId)!.push(compliance);
  }

  const standards = [...byStandard.entries()].map(([standardId, list]) => ({
    standardId,
    result: combineStandard(list),
    nonCompliantCount: list.filter((c) => c === "NON_COMPLIANT").length,
  }));
  return { answers, cleared, missing, applicable, standards };
}
