import type { AnswerType, QuestionRule } from "./compliance";
import type { Condition } from "./condition";

/**
 * A checklist question as the browser receives it: plain data, every language, no Prisma types. The
 * monitor's form, the read-only report and the admin's preview all render from this shape.
 */
export interface LocalizedText {
  en: string;
  sq: string;
  sr: string;
}

export interface ChoiceOption {
  value: string;
  label: LocalizedText;
}

export interface StandardView {
  id: number;
  code: string;
  number: number;
  name: LocalizedText;
}

export interface ChecklistQuestionView {
  id: number;
  code: string;
  position: number;
  standard: StandardView;
  answerType: AnswerType;
  options: ChoiceOption[];
  condition: Condition | null;
  nonCompliantAnswers: string[];
  required: boolean;
  text: LocalizedText;
  help: LocalizedText | null;
}

export interface ChecklistVersionView {
  id: number;
  number: number;
  questions: ChecklistQuestionView[];
}

export type TextLocale = keyof LocalizedText;

export function localized(text: LocalizedText, locale: string): string {
  const key = locale.split("-")[0] as TextLocale;
  return text[key] || text.en;
}

export function toQuestionRule(question: ChecklistQuestionView): QuestionRule {
  return {
    code: question.code,
    standardId: question.standard.id,
    answerType: question.answerType,
    condition: question.condition,
    nonCompliantAnswers: question.nonCompliantAnswers,
    required: question.required,
  };
}

export interface StandardGroup {
  standard: StandardView;
  questions: ChecklistQuestionView[];
}

/** Questions grouped by standard, standards in their official order, questions in checklist order. */
export function groupByStandard(questions: ChecklistQuestionView[]): StandardGroup[] {
  const groups = new Map<number, StandardGroup>();
  for (const question of [...questions].sort((a, b) => a.position - b.position)) {
    const group = groups.get(question.standard.id) ?? { standard: question.standard, questions: [] };
    group.questions.push(question);
    groups.set(question.standard.id, group);
  }
  return [...groups.values()].sort((a, b) => a.standard.number - b.standard.number);
}
