"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { saveSettings } from "@/lib/settings/actions";
import type { Settings } from "@/lib/settings/defaults";
import { settingsSchema, type SettingsInput } from "@/lib/settings/schema";
import { AdminActionError } from "../admin-action-error";
import { applyFieldErrors } from "../apply-field-errors";
import { SubmitButton } from "../submit-button";
import { InteractiveFieldset } from "../interactive-fieldset";

const FIELDS = ["annualHearingTarget", "minimumN", "lateStartMinutes", "interventionReplyDays"] as const;

export function SettingsForm({ settings }: { settings: Settings }) {
  const t = useTranslations("adminSettings");
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<{ changed: string[] }> | null>(null);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<z.input<typeof settingsSchema>, unknown, SettingsInput>({
    resolver: zodResolver(settingsSchema),
    defaultValues: settings,
  });
  const onSubmit = handleSubmit(async (values) => {
    const outcome = await saveSettings(values);
    setResult(outcome);
    if (!outcome.ok) return applyFieldErrors(outcome, setError);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card">
      <InteractiveFieldset>
      <div aria-live="assertive"><AdminActionError result={result} /></div>
      {FIELDS.map((name) => (
        <div className="field" key={name}>
          <label htmlFor={`setting-${name}`}>{t(name)}</label>
          <input id={`setting-${name}`} type="number" inputMode="numeric" min={1} step={1} aria-invalid={!!errors[name]}
            aria-describedby={`setting-${name}-hint${errors[name] ? ` setting-${name}-error` : ""}`} {...register(name)} />
          <span className="hint" id={`setting-${name}-hint`}>{t(`${name}Hint`)}</span>
          <FieldError id={`setting-${name}-error`} message={errors[name]?.message} />
        </div>
      ))}
      <div className="form-actions">
        <SubmitButton className="button" pending={isSubmitting}>{t("save")}</SubmitButton>
      </div>
      <div aria-live="polite" className="small">{result?.ok ? <span role="status">{t("saved", { count: result.data.changed.length })}</span> : null}</div>
      </InteractiveFieldset>
    </form>
  );
}
