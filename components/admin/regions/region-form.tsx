"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { FieldError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { createRegion, renameRegion } from "@/lib/courts/actions";
import { createRegionSchema, renameRegionSchema } from "@/lib/courts/schema";
import { AdminActionError } from "../admin-action-error";
import { applyFieldErrors } from "../apply-field-errors";
import { SubmitButton } from "../submit-button";
import { InteractiveFieldset } from "../interactive-fieldset";

interface FormValues {
  code?: string;
  nameSq: string;
  nameSr: string;
}

/** Adds a regional office, or renames one in both languages. */
export function RegionForm({ region }: { region?: { id: number; nameSq: string; nameSr: string } }) {
  const t = useTranslations();
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const { register, handleSubmit, reset, setError, formState: { errors, isSubmitting } } = useForm<FormValues>({
    resolver: zodResolver(region ? renameRegionSchema.omit({ regionId: true }) : createRegionSchema) as unknown as Resolver<FormValues>,
    defaultValues: region ? { nameSq: region.nameSq, nameSr: region.nameSr } : { code: "", nameSq: "", nameSr: "" },
  });

  const onSubmit = handleSubmit(async ({ code, nameSq, nameSr }) => {
    setResult(null);
    const outcome = region ? await renameRegion({ regionId: region.id, nameSq, nameSr }) : await createRegion({ code: code ?? "", nameSq, nameSr });
    setResult(outcome);
    if (!outcome.ok) return applyFieldErrors(outcome, setError);
    if (!region) reset();
    router.refresh();
  });

  const field = (name: keyof FormValues, label: string, hint?: string, lang?: string) => (
    <div className="field">
      <label htmlFor={`region-${name}`}>{label}</label>
      <input id={`region-${name}`} type="text" lang={lang} aria-invalid={!!errors[name]}
        aria-describedby={[hint ? `region-${name}-hint` : null, errors[name] ? `region-${name}-error` : null].filter(Boolean).join(" ") || undefined}
        {...register(name)} />
      {hint ? <span className="hint" id={`region-${name}-hint`}>{hint}</span> : null}
      <FieldError id={`region-${name}-error`} message={errors[name]?.message} />
    </div>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="card">
      <InteractiveFieldset>
      <div aria-live="assertive"><AdminActionError result={result} /></div>
      {region ? null : field("code", t("adminCourts.regions.code"), t("adminCourts.regions.codeHint"))}
      {field("nameSq", t("adminCourts.regions.nameSq"), undefined, "sq")}
      {field("nameSr", t("adminCourts.regions.nameSr"), undefined, "sr")}
      <div className="form-actions">
        <SubmitButton className="button" pending={isSubmitting}>{region ? t("adminCourts.regions.rename") : t("adminCourts.regions.add")}</SubmitButton>
      </div>
      <div aria-live="polite" className="small">{result?.ok ? <span role="status">{t("adminCourts.regions.saved")}</span> : null}</div>
      </InteractiveFieldset>
    </form>
  );
}
