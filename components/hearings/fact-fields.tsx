"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Controller, useFormContext, type FieldPath } from "react-hook-form";
import type { HearingReportValues } from "@/lib/hearings/schema";
import { translateMessage } from "@/lib/validation/translate-message";

/** Form controls for the hearing's facts, bound to the report form: one label, one hint, one error each. */
export type ReportPath = FieldPath<HearingReportValues>;

export interface Choice {
  value: string;
  label: string;
}

/** "facts.closedToPublic" → "field-facts-closedToPublic": the id that progress links point at. */
export const fieldId = (name: string) => `field-${name.replace(/\./g, "-")}`;

function useFieldError(name: ReportPath) {
  const { getFieldState, formState } = useFormContext<HearingReportValues>();
  const t = useTranslations();
  const message = getFieldState(name, formState).error?.message as string | undefined;
  return message ? translateMessage(t, message) : undefined;
}

function Described({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint ? <span className="hint" id={`${id}-hint`}>{hint}</span> : null}
      {error ? <span className="error" id={`${id}-error`}>{error}</span> : null}
    </>
  );
}

const describedBy = (id: string, hint: unknown, error: unknown) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

interface BaseProps {
  name: ReportPath;
  label: string;
  hint?: ReactNode;
}

/** Radio buttons: big targets for a thumb, arrow keys between them. Values are parsed back to booleans. */
export function RadioFact({ name, label, hint, choices }: BaseProps & { choices: Choice[] }) {
  const { control } = useFormContext<HearingReportValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <fieldset className="fact" id={id} tabIndex={-1} aria-describedby={describedBy(id, hint, error)} aria-invalid={error ? true : undefined}>
          <legend>{label}</legend>
          <div className="choice-group">
            {choices.map((choice) => (
              <label className="choice" key={choice.value}>
                <input
                  type="radio"
                  name={field.name}
                  value={choice.value}
                  checked={field.value !== null && field.value !== undefined && String(field.value) === choice.value}
                  onChange={() => field.onChange(choice.value === "true" ? true : choice.value === "false" ? false : choice.value)}
                  onBlur={field.onBlur}
                />
                {choice.label}
              </label>
            ))}
          </div>
          <Described id={id} hint={hint} error={error} />
        </fieldset>
      )}
    />
  );
}

/** Yes / no for a fact that is not recorded yet until one is chosen. */
export function YesNoFact(props: BaseProps) {
  const t = useTranslations("common");
  return <RadioFact {...props} choices={[{ value: "true", label: t("yes") }, { value: "false", label: t("no") }]} />;
}

/** A drop-down for longer lists (judges, languages). The empty option means "not recorded". */
export function SelectFact({ name, label, hint, choices, numeric, onValueChange }: BaseProps & { choices: Choice[]; numeric?: boolean; onValueChange?: (value: string) => void }) {
  const { register } = useFormContext<HearingReportValues>();
  const t = useTranslations("report");
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={!!error} aria-describedby={describedBy(id, hint, error)}
        {...register(name, {
          setValueAs: (v) => (v === "" || v === null || v === undefined ? null : numeric ? Number(v) : v),
          onChange: onValueChange ? (e: { target: { value: string } }) => onValueChange(e.target.value) : undefined,
        })}>
        <option value="">{t("notRecorded")}</option>
        {choices.map((choice) => <option key={choice.value} value={choice.value}>{choice.label}</option>)}
      </select>
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

type InputKind = "text" | "number" | "time" | "date" | "datetime-local";

/** A text, number, date or time input. Empty numbers are null (not recorded), not zero. */
export function InputFact({ name, label, hint, type = "text", max, autoComplete = "off" }: BaseProps & { type?: InputKind; max?: number; autoComplete?: string }) {
  const { register } = useFormContext<HearingReportValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  const numeric = type === "number";
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} inputMode={numeric ? "numeric" : undefined} min={numeric ? 0 : undefined} max={numeric ? max : undefined}
        maxLength={!numeric && max ? max : undefined} autoComplete={autoComplete}
        aria-invalid={!!error} aria-describedby={describedBy(id, hint, error)}
        {...register(name, numeric ? { setValueAs: (v) => (v === "" || v === null || v === undefined ? null : Number(v)) } : {})} />
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextAreaFact({ name, label, hint, max }: BaseProps & { max: number }) {
  const { register } = useFormContext<HearingReportValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} maxLength={max} aria-invalid={!!error} aria-describedby={describedBy(id, hint, error)} {...register(name)} />
      <Described id={id} hint={hint} error={error} />
    </div>
  );
}

/** Several choices at once (adjournment reasons). */
export function CheckboxesFact({ name, label, hint, choices }: BaseProps & { choices: Choice[] }) {
  const { register } = useFormContext<HearingReportValues>();
  const error = useFieldError(name);
  const id = fieldId(name);
  return (
    <fieldset className="fact" id={id} tabIndex={-1} aria-describedby={describedBy(id, hint, error)}>
      <legend>{label}</legend>
      <div className="choice-group">
        {choices.map((choice) => (
          <label className="choice" key={choice.value}>
            <input type="checkbox" value={choice.value} {...register(name)} />
            {choice.label}
          </label>
        ))}
      </div>
      <Described id={id} hint={hint} error={error} />
    </fieldset>
  );
}
