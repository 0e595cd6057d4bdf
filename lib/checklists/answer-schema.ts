import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";
import { YES_NO_VALUES, type AnswerValue } from "./compliance";
import type { ChecklistQuestionView } from "./question-view";

export const MAX_TEXT_ANSWER = 4000;
export const MAX_NUMBER_ANSWER = 1_000_000;

/** The values a choice question accepts: its options, or yes / no / not applicable / unclear. */
export function choiceValues(question: Pick<ChecklistQuestionView, "answerType" | "options">): string[] {
  if (question.options.length) return question.options.map((o) => o.value);
  return question.answerType === "YES_NO" ? [...YES_NO_VALUES] : [];
}

/** One question's answer: null while unanswered (drafts), else a value its answer type allows. */
export function answerValueSchema(question: ChecklistQuestionView) {
  switch (question.answerType) {
    case "NUMBER":
      return z.number().int().min(0).max(MAX_NUMBER_ANSWER).nullable();
    case "TEXT":
      return cleanString().max(MAX_TEXT_ANSWER).nullable();
    case "MULTI_CHOICE": {
      const values = choiceValues(question);
      return z.array(cleanString().refine((v) => values.includes(v))).max(values.length).refine((list) => new Set(list).size === list.length).nullable();
    }
    default: {
      const values = choiceValues(question);
      return cleanString().refine((v) => values.includes(v)).nullable();
    }
  }
}

/**
 * The answers of a report on one checklist version, keyed by question code. Built from the version, so
 * that the browser and the server refuse the same things; an answer to a question the version does not
 * have is refused.
 */
export function buildAnswersSchema(questions: ChecklistQuestionView[]) {
  const shape: Record<string, z.ZodType<AnswerValue | undefined>> = {};
  for (const question of questions) shape[question.code] = answerValueSchema(question).optional();
  return z.strictObject(shape);
}
