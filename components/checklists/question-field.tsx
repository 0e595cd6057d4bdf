"use client";

import { useLocale, useTranslations } from "next-intl";
import { choiceValues, MAX_NUMBER_ANSWER, MAX_TEXT_ANSWER } from "@/lib/checklists/answer-schema";
import type { AnswerValue } from "@/lib/checklists/compliance";
import { localized, type ChecklistQuestionView } from "@/lib/checklists/question-view";
import { translateMessage } from "@/lib/validation/translate-message";
import { QuestionComments, type QuestionComment } from "./question-comments";

export interface QuestionFieldProps {
  question: ChecklistQuestionView;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  onLeave?: () => void;
  /** A message key (validation.required, ...). */
  error?: string;
  comments?: QuestionComment[];
  readOnly?: boolean;
  id: string;
}

const YES_NO = ["YES", "NO", "NA", "UNCLEAR"] as const;

/** One checklist question with its help text, its answer control and the reviewer's comments beside it. */
export function QuestionField({ question, value, onChange, onLeave, error, comments, readOnly, id }: QuestionFieldProps) {
  const t = useTranslations();
  const locale = useLocale();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const commentsId = `${id}-comments`;
  const describedBy = [question.help ? helpId : null, error ? errorId : null, comments?.length ? commentsId : null].filter(Boolean).join(" ") || undefined;
  const text = localized(question.text, locale);
  const optional = question.required ? null : <span className="muted small"> ({t("checklist.optional")})</span>;
  const help = question.help ? <p className="hint" id={helpId}>{localized(question.help, locale)}</p> : null;
  const errorText = error ? <p className="error" id={errorId}>{translateMessage(t, error)}</p> : null;

  if (question.answerType === "NUMBER" || question.answerType === "TEXT") {
    const inputId = `${id}-input`;
    return (
      <div className="field question" id={id}>
        <label htmlFor={inputId}>{text}{optional}</label>
        {help}
        {question.answerType === "NUMBER" ? (
          <input id={inputId} type="number" inputMode="numeric" min={0} max={MAX_NUMBER_ANSWER} readOnly={readOnly}
            value={typeof value === "number" ? value : ""} aria-invalid={!!error} aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value === "" ? null : Number(e.target.value))} onBlur={onLeave} />
        ) : (
          <textarea id={inputId} maxLength={MAX_TEXT_ANSWER} readOnly={readOnly} value={typeof value === "string" ? value : ""}
            aria-invalid={!!error} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} onBlur={onLeave} />
        )}
        {errorText}
        <QuestionComments comments={comments} id={commentsId} />
      </div>
    );
  }

  const multiple = question.answerType === "MULTI_CHOICE";
  const chosen = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  const options = question.options.length
    ? question.options.map((o) => ({ value: o.value, label: localized(o.label, locale) }))
    : choiceValues(question).map((v) => ({ value: v, label: (YES_NO as readonly string[]).includes(v) ? t(`enums.yesNo.${v as (typeof YES_NO)[number]}`) : v }));
  const toggle = (option: string, checked: boolean) => {
    if (!multiple) return onChange(option);
    const next = checked ? [...chosen, option] : chosen.filter((v) => v !== option);
    onChange(next.length ? next : null);
  };
  return (
    <fieldset className="question" id={id} tabIndex={-1} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend>{text}{optional}</legend>
      {help}
      <div className="choice-group">
        {options.map((option) => (
          <label className="choice" key={option.value}>
            <input type={multiple ? "checkbox" : "radio"} name={id} value={option.value} disabled={readOnly}
              checked={chosen.includes(option.value)} onChange={(e) => toggle(option.value, e.target.checked)} onBlur={onLeave} />
            {option.label}
          </label>
        ))}
      </div>
      {errorText}
      <QuestionComments comments={comments} id={commentsId} />
    </fieldset>
  );
}
