"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { createCourt, updateCourt } from "@/lib/courts/actions";
import { COURT_KINDS, createCourtSchema, DEPARTMENTS, editCourtFormSchema } from "@/lib/courts/schema";
import { AdminActionError } from "../admin-action-error";
import { applyFieldErrors } from "../apply-field-errors";
import { SubmitButton } from "../submit-button";
import { InteractiveFieldset } from "../interactive-fieldset";

export interface Option {
  id: number;
  label: string;
}

/** In edit mode the code and region are not fields (the code never changes; the region moves with its own form). */
type FormValues = Omit<z.input<typeof createCourtSchema>, "code" | "regionId"> & { code?: string; regionId?: unknown };

interface CourtFormProps {
  parents: Option[];
  regions: Option[];
  /** Editing a court; without it the form adds one. */
  court?: { id: number; kind: (typeof COURT_KINDS)[number]; nameSq: string; nameSr: string; parentId: number | null; departments: (typeof DEPARTMENTS)[number][] };
}

/** Adds a court, or renames one (both languages) and corrects its kind, parent and departments. */
export function CourtForm({ parents, regions, court }: CourtFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<FormValues>({
    resolver: zodResolver(court ? editCourtFormSchema : createCourtSchema) as unknown as Resolver<FormValues>,
    defaultValues: court
      ? { kind: court.kind, nameSq: court.nameSq, nameSr: court.nameSr, parentId: court.parentId === null ? "" : String(court.parentId), departments: court.departments }
      : { code: "", regionId: "", kind: "BRANCH", nameSq: "", nameSr: "", parentId: "", departments: ["GENERAL"] },
  });

  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const { code, regionId, ...rest } = values;
    const outcome = court ? await updateCourt({ ...rest, courtId: court.id }) : await createCourt({ ...rest, code: code ?? "", regionId });
    setResult(outcome);
    if (!outcome.ok) return applyFieldErrors(outcome, setError);
    if (court) router.refresh();
    else router.push(`/admin/courts/${(outcome.data as { id: number }).id}`);
  });

  const described = (name: keyof FormValues, hint?: string) => ({
    id: `court-${name}`,
    "aria-invalid": !!errors[name],
    "aria-describedby": [hint, errors[name] ? `court-${name}-error` : null].filter(Boolean).join(" ") || undefined,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="card">
      <InteractiveFieldset>
      <div aria-live="assertive"><AdminActionError result={result} /></div>
      {court ? null : (
        <div className="field">
          <label htmlFor="court-code">{t("adminCourts.code")}</label>
          <input type="text" autoCapitalize="characters" {...described("code", "court-code-hint")} {...register("code")} />
          <span className="hint" id="court-code-hint">{t("adminCourts.codeHint")}</span>
          <FieldError id="court-code-error" message={errors.code?.message} />
        </div>
      )}
      <div className="field">
        <label htmlFor="court-nameSq">{t("adminCourts.nameSq")}</label>
        <input type="text" lang="sq" {...described("nameSq")} {...register("nameSq")} />
        <FieldError id="court-nameSq-error" message={errors.nameSq?.message} />
      </div>
      <div className="field">
        <label htmlFor="court-nameSr">{t("adminCourts.nameSr")}</label>
        <input type="text" lang="sr" {...described("nameSr")} {...register("nameSr")} />
        <FieldError id="court-nameSr-error" message={errors.nameSr?.message} />
      </div>
      <div className="field">
        <label htmlFor="court-kind">{t("adminCourts.kind")}</label>
        <select {...described("kind")} {...register("kind")}>
          {COURT_KINDS.map((kind) => <option key={kind} value={kind}>{t(`enums.courtKind.${kind}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="court-parentId">{t("adminCourts.parent")}</label>
        <select {...described("parentId", "court-parent-hint")} {...register("parentId")}>
          <option value="">{t("adminCourts.noParent")}</option>
          {parents.filter((p) => p.id !== court?.id).map((p) => <option key={p.id} value={String(p.id)}>{p.label}</option>)}
        </select>
        <span className="hint" id="court-parent-hint">{t("adminCourts.parentHint")}</span>
        <FieldError id="court-parentId-error" message={errors.parentId?.message} />
      </div>
      {court ? null : (
        <div className="field">
          <label htmlFor="court-regionId">{t("adminCourts.region")}</label>
          <select {...described("regionId")} {...register("regionId")}>
            <option value="">{t("adminCourts.anyRegion")}</option>
            {regions.map((r) => <option key={r.id} value={String(r.id)}>{r.label}</option>)}
          </select>
          <FieldError id="court-regionId-error" message={errors.regionId?.message} />
        </div>
      )}
      <fieldset aria-describedby={errors.departments ? "court-departments-error" : undefined}>
        <legend>{t("adminCourts.departments")}</legend>
        <div className="choice-group">
          {DEPARTMENTS.map((department) => (
            <label key={department} className="choice">
              <input type="checkbox" value={department} {...register("departments")} />
              {t(`enums.department.${department}`)}
            </label>
          ))}
        </div>
        <FieldError id="court-departments-error" message={errors.departments?.message ?? errors.departments?.root?.message} />
      </fieldset>
      <div className="form-actions">
        <SubmitButton className="button" pending={isSubmitting}>
          {isSubmitting ? t("admin.saving") : court ? t("adminCourts.saveDetails") : t("adminCourts.create")}
        </SubmitButton>
      </div>
      <div aria-live="polite" className="small">
        {court && result?.ok ? <span role="status">{(result.data as { changed: boolean }).changed ? t("admin.saved") : t("admin.nothingChanged")}</span> : null}
      </div>
      </InteractiveFieldset>
    </form>
  );
}
