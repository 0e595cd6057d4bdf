"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { FieldError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { addQuestion, updateQuestion } from "@/lib/checklists/editor/actions";
import { ANSWER_TYPES, CHOICE_TYPES, nonCompliantCandidates, questionSchema, type QuestionFormValues, type QuestionInput } from "@/lib/checklists/editor/schema";
import type { Condition } from "@/lib/checklists/condition";
import { appLocaleOf } from "@/lib/i18n/config";
import { translateMessage } from "@/lib/validation/translate-message";
import { AdminActionError } from "../admin-action-error";
import { applyFieldErrors } from "../apply-field-errors";
import { ConditionBuilder } from "./condition-builder";
import { NonCompliantPicker } from "./non-compliant-picker";
import { QuestionOptionsEditor } from "./question-options-editor";
import { InteractiveFieldset } from "../interactive-fieldset";
import { SubmitButton } from "../submit-button";

const TEXTS = [
  { name: "textEn", lang: "en" }, { name: "textSq", lang: "sq" }, { name: "textSr", lang: "sr" },
  { name: "helpEn", lang: "en" }, { name: "helpSq", lang: "sq" }, { name: "helpSr", lang: "sr" },
] as const;

export const EMPTY_QUESTION: QuestionFormValues = {
  code: "", standardId: "", answerType: "YES_NO", options: [], condition: null, nonCompliantAnswers: ["NO"], required: true,
  textEn: "", textSq: "", textSr: "", helpEn: "", helpSq: "", helpSr: "",
};

interface QuestionFormProps {
  versionId: number;
  standards: { id: number; label: string }[];
  /** Editing a question of the draft; without it the form adds one at the end. */
  questionId?: number;
  initial?: QuestionFormValues;
}

/** One checklist question: code, standard, answer type and answers, condition, non-compliant answers, texts in three languages. */
export function QuestionForm({ versionId, standards, questionId, initial = EMPTY_QUESTION }: QuestionFormProps) {
  const t = useTranslations();
  const locale = appLocaleOf(useLocale());
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [conditionIncomplete, setConditionIncomplete] = useState(false);
  const { register, handleSubmit, control, setError, formState: { errors, isSubmitting } } = useForm<QuestionFormValues, unknown, QuestionInput>({
    resolver: zodResolver(questionSchema),
    defaultValues: initial,
  });
  const [answerType, options] = useWatch({ control, name: ["answerType", "options"] });
  const candidates = nonCompliantCandidates(answerType, options).map((value) => ({
    value,
    label: answerType === "YES_NO" ? t(`enums.yesNo.${value as "YES" | "NO"}`) : (options.find((o) => o.value === value)?.label[locale] || value),
  }));

  const onSubmit = handleSubmit(async (question) => {
    setResult(null);
    if (conditionIncomplete) return setError("condition", { type: "client", message: "validation.conditionIncomplete" });
    const outcome = questionId ? await updateQuestion({ questionId, question }) : await addQuestion({ versionId, question });
    setResult(outcome);
    if (!outcome.ok) return applyFieldErrors(outcome, setError, "question.");
    router.push(`/admin/checklists/versions/${versionId}`);
    router.refresh();
  });

  const described = (name: keyof QuestionFormValues, hint?: string) => ({
    id: `question-${name}`,
    "aria-invalid": !!errors[name],
    "aria-describedby": [hint, errors[name] ? `question-${name}-error` : null].filter(Boolean).join(" ") || undefined,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="stack question-form">
      <div aria-live="assertive"><AdminActionError result={result} /></div>
      <InteractiveFieldset className="stack">
      <fieldset>
        <legend>{t("adminChecklists.form.identity")}</legend>
        <div className="field">
          <label htmlFor="question-code">{t("adminChecklists.form.code")}</label>
          <input type="text" autoCapitalize="characters" {...described("code", "question-code-hint")} {...register("code")} />
          <span className="hint" id="question-code-hint">{t("adminChecklists.form.codeHint")}</span>
          <FieldError id="question-code-error" message={errors.code?.message} />
        </div>
        <div className="field">
          <label htmlFor="question-standardId">{t("adminChecklists.form.standard")}</label>
          <select {...described("standardId")} {...register("standardId")}>
            <option value="">—</option>
            {standards.map((s) => <option key={s.id} value={String(s.id)}>{s.label}</option>)}
          </select>
          <FieldError id="question-standardId-error" message={errors.standardId?.message} />
        </div>
        <div className="field">
          <label htmlFor="question-answerType">{t("adminChecklists.form.answerType")}</label>
          <select {...described("answerType")} {...register("answerType")}>
            {ANSWER_TYPES.map((type) => <option key={type} value={type}>{t(`enums.answerType.${type}`)}</option>)}
          </select>
        </div>
        <label className="choice">
          <input type="checkbox" {...register("required")} />
          {t("adminChecklists.form.required")}
        </label>
      </fieldset>

      <fieldset>
        <legend>{t("adminChecklists.form.options")}</legend>
        {answerType === "YES_NO" ? <p className="small muted">{t("adminChecklists.form.yesNoOptions")}</p> : null}
        {CHOICE_TYPES.includes(answerType) ? <QuestionOptionsEditor control={control} register={register} errors={errors} /> : null}
        {answerType === "NUMBER" || answerType === "TEXT" ? <p className="small muted">{t("adminChecklists.form.noOptions")}</p> : null}
      </fieldset>

      {candidates.length ? (
        <Controller control={control} name="nonCompliantAnswers" render={({ field, fieldState }) => (
          <NonCompliantPicker candidates={candidates} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
        )} />
      ) : null}

      <Controller control={control} name="condition" render={({ field, fieldState }) => (
        <ConditionBuilder value={field.value as Condition | null} error={fieldState.error ? translateMessage(t, fieldState.error.message ?? "validation.invalid") : undefined}
          onChange={(condition, incomplete) => { field.onChange(condition); setConditionIncomplete(incomplete); }} />
      )} />

      <fieldset>
        <legend>{t("adminChecklists.form.texts")}</legend>
        {TEXTS.map(({ name, lang }) => (
          <div className="field" key={name}>
            <label htmlFor={`question-${name}`}>{t(`adminChecklists.form.${name}`)}</label>
            <textarea lang={lang} rows={2} {...described(name)} {...register(name)} />
            <FieldError id={`question-${name}-error`} message={errors[name]?.message} />
          </div>
        ))}
      </fieldset>

      <div className="form-actions">
        <SubmitButton className="button" pending={isSubmitting}>{isSubmitting ? t("admin.saving") : t("adminChecklists.form.save")}</SubmitButton>
        <Link className="button button-secondary" href={`/admin/checklists/versions/${versionId}`}>{t("adminChecklists.form.cancel")}</Link>
      </div>
      </InteractiveFieldset>
    </form>
  );
}
