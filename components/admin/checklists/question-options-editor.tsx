"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { FieldError } from "@/components/ui/action-error";
import type { QuestionFormValues, QuestionInput } from "@/lib/checklists/editor/schema";

interface OptionsEditorProps {
  control: Control<QuestionFormValues, unknown, QuestionInput>;
  register: UseFormRegister<QuestionFormValues>;
  errors: FieldErrors<QuestionFormValues>;
}

const LANGUAGES = [
  { key: "en", label: "optionLabelEn" },
  { key: "sq", label: "optionLabelSq" },
  { key: "sr", label: "optionLabelSr" },
] as const;

/** The answers of a choice question: a stored value and its words in the three languages. */
export function QuestionOptionsEditor({ control, register, errors }: OptionsEditorProps) {
  const t = useTranslations("adminChecklists.form");
  const { fields, append, remove } = useFieldArray({ control, name: "options" });
  return (
    <div className="stack">
      {fields.map((field, index) => {
        const optionErrors = errors.options?.[index];
        const id = (name: string) => `option-${index}-${name}`;
        return (
          <fieldset key={field.id} className="option-row">
            <legend>{t("option", { number: index + 1 })}</legend>
            <div className="field">
              <label htmlFor={id("value")}>{t("optionValue")}</label>
              <input id={id("value")} type="text" autoCapitalize="characters" aria-invalid={!!optionErrors?.value}
                aria-describedby={`option-value-hint${optionErrors?.value ? ` ${id("value-error")}` : ""}`} {...register(`options.${index}.value`)} />
              <FieldError id={id("value-error")} message={optionErrors?.value?.message} />
            </div>
            {LANGUAGES.map(({ key, label }) => (
              <div className="field" key={key}>
                <label htmlFor={id(key)}>{t(label)}</label>
                <input id={id(key)} type="text" lang={key} aria-invalid={!!optionErrors?.label?.[key]}
                  aria-describedby={optionErrors?.label?.[key] ? id(`${key}-error`) : undefined} {...register(`options.${index}.label.${key}`)} />
                <FieldError id={id(`${key}-error`)} message={optionErrors?.label?.[key]?.message} />
              </div>
            ))}
            <button type="button" className="button button-secondary button-small" onClick={() => remove(index)}>{t("removeOption", { number: index + 1 })}</button>
          </fieldset>
        );
      })}
      <p className="hint small" id="option-value-hint">{t("optionValueHint")}</p>
      <FieldError id="options-error" message={errors.options?.message ?? errors.options?.root?.message} />
      <button type="button" className="button button-secondary button-small" onClick={() => append({ value: "", label: { en: "", sq: "", sr: "" } })}>
        {t("addOption")}
      </button>
    </div>
  );
}
