"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { applyFieldErrors } from "@/components/admin/apply-field-errors";
import { InteractiveFieldset } from "@/components/admin/interactive-fieldset";
import { SubmitButton } from "@/components/admin/submit-button";
import { ActionRefusal } from "@/components/review/action-refusal";
import { FieldError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { bilingualName } from "@/lib/courts/court-name";
import { createInterventionAction, updateInterventionAction } from "@/lib/interventions/actions";
import type { FindingChoice } from "@/lib/interventions/queries";
import { INSTITUTIONS, INTERVENTION_TYPES, interventionFormSchema, MAX_INTERVENTION_TEXT, OUTCOMES, type InterventionFormInput } from "@/lib/interventions/schema";
import { FindingPicker } from "./finding-picker";

export type InterventionFormValues = Omit<InterventionFormInput, "courtId" | "findingIds"> & { courtId: string; findingIds: string[] };

interface InterventionFormProps {
  courts: { id: number; nameSq: string; nameSr: string }[];
  findings: FindingChoice[];
  replyDays: number;
  defaults: InterventionFormValues;
  editing?: { interventionId: number; version: number };
}

/** Records an intervention or edits one: to whom, what kind, the dates, the reply and outcome, and the findings. */
export function InterventionForm({ courts, findings, replyDays, defaults, editing }: InterventionFormProps) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const { register, handleSubmit, control, setValue, setError, formState: { errors, isSubmitting } } = useForm<InterventionFormValues>({
    resolver: zodResolver(interventionFormSchema) as unknown as Resolver<InterventionFormValues>,
    defaultValues: defaults,
  });
  const chosenFindings = useWatch({ control, name: "findingIds" });

  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const input = values as unknown as InterventionFormInput;
    const outcome = editing
      ? await updateInterventionAction({ ...input, interventionId: editing.interventionId, baseVersion: editing.version })
      : await createInterventionAction(input);
    setResult(outcome);
    if (!outcome.ok) return applyFieldErrors(outcome, setError);
    const id = editing?.interventionId ?? (outcome.data as { interventionId: number }).interventionId;
    router.push(`/interventions/${id}`);
    router.refresh();
  });

  const props = (name: keyof InterventionFormValues, hint = false) => ({
    id: `intervention-${name}`,
    "aria-invalid": !!errors[name],
    "aria-describedby": [hint ? `intervention-${name}-hint` : null, errors[name] ? `intervention-${name}-error` : null].filter(Boolean).join(" ") || undefined,
  });
  const error = (name: keyof InterventionFormValues) => <FieldError id={`intervention-${name}-error`} message={errors[name]?.message as string | undefined} />;

  return (
    <form onSubmit={onSubmit} noValidate className="card">
      <InteractiveFieldset>
        <div aria-live="assertive"><ActionRefusal result={result} /></div>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="intervention-institution">{t("interventions.form.institution")}</label>
            <select {...props("institution")} {...register("institution")}>
              {INSTITUTIONS.map((i) => <option key={i} value={i}>{t(`enums.institution.${i}`)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="intervention-type">{t("interventions.form.type")}</label>
            <select {...props("type")} {...register("type")}>
              {INTERVENTION_TYPES.map((i) => <option key={i} value={i}>{t(`enums.interventionType.${i}`)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="intervention-courtId">{t("interventions.form.court")}</label>
            <select {...props("courtId")} {...register("courtId")}>
              <option value="">{t("interventions.form.noCourt")}</option>
              {courts.map((c) => <option key={c.id} value={c.id}>{bilingualName(c, locale)}</option>)}
            </select>
            {error("courtId")}
          </div>
        </div>
        <div className="field">
          <label htmlFor="intervention-addressee">{t("interventions.form.addressee")}</label>
          <span className="hint" id="intervention-addressee-hint">{t("interventions.form.addresseeHint")}</span>
          <input type="text" maxLength={300} {...props("addressee", true)} {...register("addressee")} />
          {error("addressee")}
        </div>
        <div className="field">
          <label htmlFor="intervention-title">{t("interventions.form.title")}</label>
          <input type="text" maxLength={200} {...props("title")} {...register("title")} />
          {error("title")}
        </div>
        <div className="field">
          <label htmlFor="intervention-description">{t("interventions.form.description")}</label>
          <span className="hint" id="intervention-description-hint">{t("interventions.form.descriptionHint")}</span>
          <textarea rows={4} maxLength={MAX_INTERVENTION_TEXT} {...props("description", true)} {...register("description")} />
          {error("description")}
        </div>
        <fieldset className="fact">
          <legend>{t("interventions.form.dates")}</legend>
          <div className="form-grid">
            <div className="field">
              <label htmlFor="intervention-sentAt">{t("interventions.form.sentAt")}</label>
              <input type="date" {...props("sentAt")} {...register("sentAt")} />
              {error("sentAt")}
            </div>
            <div className="field">
              <label htmlFor="intervention-replyDueAt">{t("interventions.form.replyDueAt")}</label>
              <span className="hint" id="intervention-replyDueAt-hint">{t("interventions.form.replyDueHint", { days: replyDays })}</span>
              <input type="date" {...props("replyDueAt", true)} {...register("replyDueAt")} />
              {error("replyDueAt")}
            </div>
            <div className="field">
              <label htmlFor="intervention-repliedAt">{t("interventions.form.repliedAt")}</label>
              <input type="date" {...props("repliedAt")} {...register("repliedAt")} />
              {error("repliedAt")}
            </div>
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="intervention-reply">{t("interventions.form.reply")}</label>
          <textarea rows={3} maxLength={MAX_INTERVENTION_TEXT} {...props("reply")} {...register("reply")} />
          {error("reply")}
        </div>
        <div className="field">
          <label htmlFor="intervention-outcome">{t("interventions.form.outcome")}</label>
          <select {...props("outcome")} {...register("outcome")}>
            {OUTCOMES.map((o) => <option key={o} value={o}>{t(`enums.interventionOutcome.${o}`)}</option>)}
          </select>
        </div>
        <FindingPicker choices={findings} chosen={chosenFindings}
          onChange={(next) => setValue("findingIds", next, { shouldDirty: true, shouldValidate: true })}
          error={<FieldError id="intervention-findingIds-error" message={errors.findingIds?.message ?? errors.findingIds?.root?.message} />} />
        <div className="form-actions">
          <SubmitButton pending={isSubmitting}>{isSubmitting ? t("interventions.form.saving") : editing ? t("interventions.form.save") : t("interventions.form.create")}</SubmitButton>
          <Link className="button button-secondary" href={editing ? `/interventions/${editing.interventionId}` : "/interventions"}>{t("interventions.form.cancel")}</Link>
        </div>
      </InteractiveFieldset>
    </form>
  );
}
