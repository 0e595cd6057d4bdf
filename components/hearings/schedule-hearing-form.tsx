"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { ActionError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { normalizeCaseNumber } from "@/lib/cases/case-number";
import type { CaseMatch } from "@/lib/cases/queries";
import { bilingualName } from "@/lib/courts/court-name";
import { CaseCategory, CaseSubject, HearingStage } from "@/lib/generated/prisma/enums";
import { scheduleHearingAction } from "@/lib/hearings/actions";
import type { CourtOption } from "@/lib/hearings/court-option";
import { scheduleHearingFormSchema, type ScheduleHearingFormValues, type ScheduleHearingInput } from "@/lib/hearings/schedule-schema";
import { translateMessage } from "@/lib/validation/translate-message";
import { CaseNumberField } from "./case-number-field";
import { CourtPicker } from "./court-picker";
import { newClientKey, removeSchedule, writeSchedule } from "@/lib/offline/draft-store";
import { useEnumChoices } from "./enum-choices";

const RETRY_MS = 5000;

type Outcome = { kind: "queued" } | { kind: "failed"; result: ActionResult<unknown> } | null;

/**
 * Schedules a hearing (or starts a report on the spot): court, case, time. The report is created on the
 * latest published checklist version. Offline, the request is kept on the device and sent, once, when the
 * connection is back: the browser's key makes a second send return the first hearing.
 */
export function ScheduleHearingForm({ courts, defaultScheduledAt, userId }: { courts: CourtOption[]; defaultScheduledAt: string; userId: number }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const choices = useEnumChoices();
  const [clientKey] = useState(newClientKey);
  const [match, setMatch] = useState<{ caseNumber: string; found: CaseMatch | null } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [queued, setQueued] = useState<ScheduleHearingInput | null>(null);
  const form = useForm<ScheduleHearingFormValues>({
    resolver: zodResolver(scheduleHearingFormSchema),
    defaultValues: { courtId: courts.length === 1 ? courts[0]!.id : (undefined as unknown as number), caseNumber: "", category: null, subject: null, scheduledAt: defaultScheduledAt, stage: null },
  });
  const { register, control, handleSubmit, setError, formState: { errors, isSubmitting } } = form;
  const [courtId, typedNumber] = useWatch({ control, name: ["courtId", "caseNumber"] });
  const caseNumber = normalizeCaseNumber(typedNumber ?? "");
  const existing = match && match.caseNumber.toLowerCase() === caseNumber.toLowerCase() ? match.found : null;
  const message = (text?: string) => (text ? translateMessage(t, text) : undefined);

  async function send(input: ScheduleHearingInput) {
    try {
      const result = await scheduleHearingAction(input);
      if (result.ok) {
        await removeSchedule(input.clientKey);
        router.push(`/hearings/${result.data.hearingId}`);
        return;
      }
      for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) setError(path as keyof ScheduleHearingFormValues, { message: messages[0] });
      setOutcome({ kind: "failed", result });
    } catch {
      // No connection: keep the request on the device and send it when the browser is back online.
      const court = courts.find((c) => c.id === input.courtId);
      await writeSchedule({ userId, input, courtName: court ? bilingualName(court, locale) : "", createdAt: new Date().toISOString() });
      setQueued(input);
      setOutcome({ kind: "queued" });
    }
  }

  useEffect(() => {
    if (!queued) return;
    const retry = () => {
      if (navigator.onLine) void send(queued);
    };
    window.addEventListener("online", retry);
    const timer = setInterval(retry, RETRY_MS);
    return () => {
      window.removeEventListener("online", retry);
      clearInterval(timer);
    };
    // send only reads stable values; the listener follows the queued request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [queued]);

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    if (!existing && (!values.category || !values.subject)) {
      if (!values.category) setError("category", { message: "validation.required" });
      if (!values.subject) setError("subject", { message: "validation.required" });
      return;
    }
    await send({ ...(values as ScheduleHearingInput), clientKey });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="card schedule-form" aria-labelledby="schedule-title">
      <h2 id="schedule-title">{t("hearings.schedule.formTitle")}</h2>
      <div aria-live="polite">
        {outcome?.kind === "queued" ? <p className="alert alert-warning" role="status">{t("hearings.schedule.queued")}</p> : null}
      </div>
      {outcome?.kind === "failed" ? <ActionError result={outcome.result} /> : null}
      <Controller control={control} name="courtId" render={({ field }) => (
        <CourtPicker courts={courts} value={field.value ?? null} onChange={(id) => field.onChange(id ?? undefined)} error={message(errors.courtId?.message)} />
      )} />
      <Controller control={control} name="caseNumber" render={({ field }) => (
        <CaseNumberField courtId={courtId ?? null} value={field.value ?? ""} onChange={field.onChange}
          onMatch={(found) => setMatch(found ? { caseNumber: found.caseNumber, found } : null)} error={message(errors.caseNumber?.message)} />
      )} />
      {existing ? null : (
        <div className="form-grid">
          <div className="field">
            <label htmlFor="field-category">{t("hearings.schedule.category")}</label>
            <select id="field-category" aria-invalid={!!errors.category} aria-describedby={errors.category ? "category-error" : undefined}
              {...register("category", { setValueAs: (v) => v || null })}>
              <option value="">{t("hearings.schedule.choose")}</option>
              {choices("caseCategory", CaseCategory).map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
            </select>
            {errors.category ? <span className="error" id="category-error">{message(errors.category.message)}</span> : null}
          </div>
          <div className="field">
            <label htmlFor="field-subject">{t("hearings.schedule.subject")}</label>
            <select id="field-subject" aria-invalid={!!errors.subject} aria-describedby={errors.subject ? "subject-error" : undefined}
              {...register("subject", { setValueAs: (v) => v || null })}>
              <option value="">{t("hearings.schedule.choose")}</option>
              {choices("caseSubject", CaseSubject).map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
            </select>
            {errors.subject ? <span className="error" id="subject-error">{message(errors.subject.message)}</span> : null}
          </div>
        </div>
      )}
      <div className="form-grid">
        <div className="field">
          <label htmlFor="field-scheduledAt">{t("hearings.schedule.scheduledAt")}</label>
          <input id="field-scheduledAt" type="datetime-local" aria-invalid={!!errors.scheduledAt} aria-describedby="scheduledAt-hint" {...register("scheduledAt")} />
          <span className="hint" id="scheduledAt-hint">{t("report.hints.courtTime")}</span>
          {errors.scheduledAt ? <span className="error">{message(errors.scheduledAt.message)}</span> : null}
        </div>
        <div className="field">
          <label htmlFor="field-stage">{t("hearings.stage")}</label>
          <select id="field-stage" {...register("stage", { setValueAs: (v) => v || null })}>
            <option value="">{t("hearings.schedule.stageUnknown")}</option>
            {choices("hearingStage", HearingStage).map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={isSubmitting || outcome?.kind === "queued"}>
          {isSubmitting ? t("hearings.schedule.creating") : t("hearings.schedule.create")}
        </button>
      </div>
    </form>
  );
}
