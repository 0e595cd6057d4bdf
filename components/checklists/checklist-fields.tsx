"use client";

import { useLocale, useTranslations } from "next-intl";
import type { AnswerValue } from "@/lib/checklists/compliance";
import { evaluateCondition, type ConditionFacts } from "@/lib/checklists/condition";
import { groupByStandard, localized, type ChecklistQuestionView } from "@/lib/checklists/question-view";
import type { QuestionComment } from "./question-comments";
import { QuestionField } from "./question-field";

export interface ChecklistFieldsProps {
  /** The questions of one checklist version, as plain data. */
  questions: ChecklistQuestionView[];
  /** The hearing facts the questions' conditions read: a question shows only while its condition holds. */
  facts: ConditionFacts;
  answers: Record<string, AnswerValue | undefined>;
  onAnswer: (code: string, value: AnswerValue) => void;
  /** A question was left (to save at once). */
  onLeave?: (code: string) => void;
  /** Message keys by question code. */
  errors?: Record<string, string | undefined>;
  /** Reviewer's comments by question code. */
  comments?: Record<string, QuestionComment[]>;
  readOnly?: boolean;
}

/** The id of a question's field, for links from a progress list or a review comment. */
export const questionFieldId = (code: string) => `q-${code}`;

/**
 * The fair-trial checklist as a monitor fills it: the questions that apply, grouped by standard, each with
 * its help text. The same component previews a checklist version in the admin's editor.
 */
export function ChecklistFields({ questions, facts, answers, onAnswer, onLeave, errors, comments, readOnly }: ChecklistFieldsProps) {
  const t = useTranslations("checklist");
  const locale = useLocale();
  const groups = groupByStandard(questions)
    .map((group) => ({ ...group, questions: group.questions.filter((q) => evaluateCondition(q.condition, facts)) }))
    .filter((group) => group.questions.length > 0);
  if (!groups.length) return <p className="muted">{t("noneApply")}</p>;
  return (
    <div className="checklist">
      {groups.map(({ standard, questions: applicable }) => (
        <section key={standard.id} className="checklist-standard" aria-labelledby={`standard-${standard.code}`}>
          <h3 id={`standard-${standard.code}`}>
            {t("standardHeading", { number: standard.number, name: localized(standard.name, locale) })}
          </h3>
          {applicable.map((question) => (
            <QuestionField
              key={question.code}
              id={questionFieldId(question.code)}
              question={question}
              value={answers[question.code]}
              onChange={(value) => onAnswer(question.code, value)}
              onLeave={onLeave ? () => onLeave(question.code) : undefined}
              error={errors?.[question.code]}
              comments={comments?.[question.code]}
              readOnly={readOnly}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
