"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { applyFieldErrors } from "@/components/admin/apply-field-errors";
import { InteractiveFieldset } from "@/components/admin/interactive-fieldset";
import { SubmitButton } from "@/components/admin/submit-button";
import { ReviewStateBadge } from "@/components/hearings/review-state-badge";
import { ActionRefusal } from "@/components/review/action-refusal";
import { FieldError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { bilingualName } from "@/lib/courts/court-name";
import { createFindingAction, updateFindingAction } from "@/lib/findings/actions";
import type { FindingCandidate } from "@/lib/findings/form-queries";
import { findingFormSchema, MAX_FINDING_DESCRIPTION, MAX_FINDING_TITLE, SEVERITIES, type FindingFormInput } from "@/lib/findings/schema";
import type { Severity } from "@/lib/generated/prisma/enums";
import { standardName } from "./standard-name";

type FormValues = { standardId: string; severity: Severity; title: string; description: string; hearingIds: string[] };

interface FindingFormProps {
  standards: { id: number; number: number; nameEn: string; nameSq: string; nameSr: string }[];
  candidates: FindingCandidate[];
  /** Standards breached at the hearing the form was opened from: offered first. */
  suggestedStandardIds: number[];
  defaults: FormValues;
  /** Editing an existing finding at this version; without it the form records a new one. */
  editing?: { findingId: number; version: number };
}

/** Records a finding, or edits one: the standard, severity, what happened, and the hearings it rests on. */
export function FindingForm({ standards, candidates, suggestedStandardIds, defaults, editing }: FindingFormProps) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const { register, handleSubmit, control, setError, setValue, formState: { errors, isSubmitting } } = useForm<FormValues>({
    resolver: zodResolver(findingFormSchema) as unknown as Resolver<FormValues>,
    defaultValues: defaults,
  });
  const chosenStandard = Number(useWatch({ control, name: "standardId" }));
  // Kept as an array by hand: a lone checkbox registered with react-hook-form would give a string.
  const chosenHearings = useWatch({ control, name: "hearingIds" });
  const toggleHearing = (id: string, checked: boolean) =>
    setValue("hearingIds", checked ? [...chosenHearings, id] : chosenHearings.filter((h) => h !== id), { shouldDirty: true, shouldValidate: true });
  const suggested = standards.filter((s) => suggestedStandardIds.includes(s.id));
  const others = standards.filter((s) => !suggestedStandardIds.includes(s.id));

  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const input = values as unknown as FindingFormInput;
    const outcome = editing
      ? await updateFindingAction({ ...input, findingId: editing.findingId, baseVersion: editing.version })
      : await createFindingAction(input);
    setResult(outcome);
    if (!outcome.ok) return applyFieldErrors(outcome, setError);
    const id = editing?.findingId ?? (outcome.data as { findingId: number }).findingId;
    router.push(`/findings/${id}`);
    router.refresh();
  });

  const described = (name: keyof FormValues, hint?: boolean) =>
    [hint ? `finding-${name}-hint` : null, errors[name] ? `finding-${name}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form onSubmit={onSubmit} noValidate className="card">
      <InteractiveFieldset>
        <div aria-live="assertive"><ActionRefusal result={result} /></div>
        <div className="field">
          <label htmlFor="finding-standardId">{t("findings.form.standard")}</label>
          <select id="finding-standardId" aria-invalid={!!errors.standardId} aria-describedby={described("standardId")} {...register("standardId")}>
            <option value="">{t("findings.form.chooseStandard")}</option>
            {suggested.length ? (
              <optgroup label={t("findings.form.suggested")}>
                {suggested.map((s) => <option key={s.id} value={s.id}>{standardName(s, locale)}</option>)}
              </optgroup>
            ) : null}
            <optgroup label={t("findings.form.allStandards")}>
              {others.map((s) => <option key={s.id} value={s.id}>{standardName(s, locale)}</option>)}
            </optgroup>
          </select>
          <FieldError id="finding-standardId-error" message={errors.standardId?.message} />
        </div>
        <fieldset className="fact" aria-describedby={errors.severity ? "finding-severity-error" : undefined}>
          <legend>{t("findings.form.severity")}</legend>
          <div className="choice-group">
            {SEVERITIES.map((severity) => (
              <label className="choice" key={severity}>
                <input type="radio" value={severity} {...register("severity")} />
                {t(`enums.severity.${severity}`)}
              </label>
            ))}
          </div>
          <FieldError id="finding-severity-error" message={errors.severity?.message} />
        </fieldset>
        <div className="field">
          <label htmlFor="finding-title">{t("findings.form.title")}</label>
          <span className="hint" id="finding-title-hint">{t("findings.form.titleHint")}</span>
          <input id="finding-title" type="text" maxLength={MAX_FINDING_TITLE} aria-invalid={!!errors.title} aria-describedby={described("title", true)} {...register("title")} />
          <FieldError id="finding-title-error" message={errors.title?.message} />
        </div>
        <div className="field">
          <label htmlFor="finding-description">{t("findings.form.description")}</label>
          <span className="hint" id="finding-description-hint">{t("findings.form.descriptionHint")}</span>
          <textarea id="finding-description" rows={5} maxLength={MAX_FINDING_DESCRIPTION} aria-invalid={!!errors.description} aria-describedby={described("description", true)} {...register("description")} />
          <FieldError id="finding-description-error" message={errors.description?.message} />
        </div>
        <fieldset className="fact" aria-describedby={described("hearingIds", true)}>
          <legend>{t("findings.form.hearings")}</legend>
          <p className="hint" id="finding-hearingIds-hint">{t("findings.form.hearingsHint")}</p>
          {candidates.length ? (
            <ul className="plain-list candidate-list">
              {candidates.map((hearing) => (
                <li key={hearing.id}>
                  <label className="candidate">
                    <input type="checkbox" name="hearingIds" value={String(hearing.id)} checked={chosenHearings.includes(String(hearing.id))}
                      onChange={(e) => toggleHearing(String(hearing.id), e.target.checked)} />
                    <span>
                      <strong>{format.dateTime(hearing.scheduledAt, "dateTime")}</strong> · {hearing.case.caseNumber} · {bilingualName(hearing.court, locale)}
                      <span className="row small">
                        {hearing.stage ? <span>{t(`enums.hearingStage.${hearing.stage}`)}</span> : null}
                        {hearing.status ? <span>{t(`enums.hearingStatus.${hearing.status}`)}</span> : null}
                        <ReviewStateBadge state={hearing.reviewState} />
                        {hearing.breachedStandardIds.includes(chosenStandard) ? <span className="badge badge-danger">{t("findings.form.breachesThis")}</span> : null}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          ) : <p className="muted">{t("findings.form.noCandidates")}</p>}
          <FieldError id="finding-hearingIds-error" message={errors.hearingIds?.message ?? errors.hearingIds?.root?.message} />
        </fieldset>
        <div className="form-actions">
          <SubmitButton pending={isSubmitting}>{isSubmitting ? t("findings.form.saving") : editing ? t("findings.form.save") : t("findings.form.create")}</SubmitButton>
          <Link className="button button-secondary" href={editing ? `/findings/${editing.findingId}` : "/findings"}>{t("findings.form.cancel")}</Link>
        </div>
      </InteractiveFieldset>
    </form>
  );
}
