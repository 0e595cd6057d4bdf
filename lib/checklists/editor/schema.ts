import { NOT_APPLICABLE_VALUE, UNCLEAR_VALUE } from "../compliance";
import { conditionSchema } from "../condition";
import { recordId } from "@/lib/validation/record-id";
import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";
import { impossibleComparisons } from "./condition-values";

export const ANSWER_TYPES = ["YES_NO", "SINGLE_CHOICE", "MULTI_CHOICE", "NUMBER", "TEXT"] as const;
export type EditorAnswerType = (typeof ANSWER_TYPES)[number];
export const CHOICE_TYPES: readonly EditorAnswerType[] = ["SINGLE_CHOICE", "MULTI_CHOICE"];
/** Answers that never mark non-compliance: "does not apply" and "could not tell". */
export const NEUTRAL_VALUES: readonly string[] = [NOT_APPLICABLE_VALUE, UNCLEAR_VALUE];
export const YES_NO_NON_COMPLIANT_CHOICES = ["YES", "NO"] as const;

const upperCode = (max: number) => cleanString().trim().toUpperCase().min(1).max(max);
/** A question code: stable across versions, it ties answers to their standard in every report. */
export const questionCodeField = upperCode(40).min(2).regex(/^[A-Z][A-Z0-9_]+$/, "validation.codeFormat");
const optionValueField = upperCode(40).regex(/^[A-Z0-9_]+$/, "validation.codeFormat");
const label = cleanString().trim().min(1).max(200);
const questionText = cleanString().trim().min(1).max(500);
const helpText = cleanString().trim().max(1000).nullable().transform((text) => text || null);

const choiceOptionSchema = z.strictObject({ value: optionValueField, label: z.strictObject({ en: label, sq: label, sr: label }) });
export type ChoiceOption = z.output<typeof choiceOptionSchema>;

const questionFields = z.strictObject({
  code: questionCodeField,
  standardId: recordId,
  answerType: z.enum(ANSWER_TYPES),
  options: z.array(choiceOptionSchema).max(30),
  condition: conditionSchema.nullable(),
  nonCompliantAnswers: z.array(cleanString().max(40)).max(30),
  required: z.boolean(),
  textEn: questionText,
  textSq: questionText,
  textSr: questionText,
  helpEn: helpText,
  helpSq: helpText,
  helpSr: helpText,
});

type QuestionFields = z.output<typeof questionFields>;

/** The answers that could mark non-compliance for a question of this type and these options. */
export function nonCompliantCandidates(answerType: EditorAnswerType, options: { value: string }[]): string[] {
  if (answerType === "YES_NO") return [...YES_NO_NON_COMPLIANT_CHOICES];
  if (CHOICE_TYPES.includes(answerType)) return options.map((o) => o.value).filter((v) => !NEUTRAL_VALUES.includes(v));
  return [];
}

/**
 * A choice question must say which answers are non-compliant (else it would count as compliant in every
 * hearing) and leave at least one answer compliant; number and text questions decide nothing.
 */
function questionRules(q: QuestionFields, ctx: z.RefinementCtx) {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  if (CHOICE_TYPES.includes(q.answerType)) {
    if (q.options.length < 2) issue(["options"], "validation.tooFew?minimum=2");
    const seen = new Set<string>();
    q.options.forEach((option, index) => {
      if (seen.has(option.value)) issue(["options", index, "value"], "validation.duplicate");
      seen.add(option.value);
    });
  }
  const candidates = nonCompliantCandidates(q.answerType, q.options);
  if (candidates.length > 0) {
    if (q.nonCompliantAnswers.length === 0) issue(["nonCompliantAnswers"], "validation.tooFew?minimum=1");
    if (q.nonCompliantAnswers.some((answer) => !candidates.includes(answer))) issue(["nonCompliantAnswers"], "validation.invalid");
    if (candidates.every((candidate) => q.nonCompliantAnswers.includes(candidate))) issue(["nonCompliantAnswers"], "validation.noCompliantAnswer");
  }
  if (impossibleComparisons(q.condition).length > 0) issue(["condition"], "validation.conditionImpossible");
}

/** Yes/no questions get the four standard answers; number and text questions carry no options. */
function normalise(q: QuestionFields): QuestionFields {
  if (q.answerType === "YES_NO") return { ...q, options: [] };
  if (!CHOICE_TYPES.includes(q.answerType)) return { ...q, options: [], nonCompliantAnswers: [] };
  return { ...q, nonCompliantAnswers: [...new Set(q.nonCompliantAnswers)] };
}

export const questionSchema = questionFields.superRefine(questionRules).transform(normalise);
export type QuestionInput = z.output<typeof questionSchema>;
export type QuestionFormValues = z.input<typeof questionSchema>;

export const addQuestionSchema = z.strictObject({ versionId: recordId, question: questionSchema });
export const updateQuestionSchema = z.strictObject({ questionId: recordId, question: questionSchema });
export const questionIdSchema = z.strictObject({ questionId: recordId });
export const moveQuestionSchema = z.strictObject({ questionId: recordId, direction: z.enum(["up", "down"]) });
export const versionIdSchema = z.strictObject({ versionId: recordId });
export const templateIdSchema = z.strictObject({ templateId: recordId });
export const versionNotesSchema = z.strictObject({ versionId: recordId, notes: cleanString().trim().max(2000) });
