"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { FormProvider, useForm, useWatch, type FieldPath } from "react-hook-form";
import { useHydrated } from "@/components/admin/use-hydrated";
import { ChecklistFields } from "@/components/checklists/checklist-fields";
import { TextAreaFact } from "@/components/hearings/fact-fields";
import { ReportProgress } from "@/components/hearings/report-progress";
import { AccessSection } from "@/components/hearings/report-sections/access-section";
import { IdentitySection } from "@/components/hearings/report-sections/identity-section";
import { OutcomeSection } from "@/components/hearings/report-sections/outcome-section";
import { PartiesSection } from "@/components/hearings/report-sections/parties-section";
import { ReportSection } from "@/components/hearings/report-sections/section";
import { TimingSection } from "@/components/hearings/report-sections/timing-section";
import { FieldError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import type { AnswerValue } from "@/lib/checklists/compliance";
import { evaluateReport } from "@/lib/hearings/evaluate-report";
import { conditionFactsOf } from "@/lib/hearings/fact-rules";
import type { HearingReport } from "@/lib/hearings/report-types";
import { buildHearingReportSchema, type HearingReportValues } from "@/lib/hearings/schema";
import { correctReportAction } from "@/lib/review/actions";
import { correctionReasonSchema, MAX_REASON, MIN_REASON } from "@/lib/review/schema";
import { ActionRefusal } from "./action-refusal";

const PROGRESS_ID = "correction-progress";

/**
 * An approved report opened for correction: the monitor's form without the background saving, plus the
 * reason. Nothing is written until the reviewer saves; the server checks completeness and records the
 * revision with its reason.
 */
export function CorrectionForm({ report }: { report: HearingReport }) {
  const t = useTranslations();
  const router = useRouter();
  const hydrated = useHydrated();
  const questions = report.checklist.questions;
  const kase = useMemo(() => ({ category: report.kase.category, subject: report.kase.subject }), [report.kase.category, report.kase.subject]);
  const schema = useMemo(() => buildHearingReportSchema(questions), [questions]);
  const form = useForm<HearingReportValues>({ resolver: zodResolver(schema), defaultValues: report.values, mode: "onChange" });
  const values = useWatch({ control: form.control }) as HearingReportValues;
  const evaluation = useMemo(() => evaluateReport(values, questions, kase), [values, questions, kase]);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [problem, setProblem] = useState<"incomplete" | "invalid" | null>(null);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    setProblem(null);
    setResult(null);
    const reasonCheck = correctionReasonSchema.safeParse(reason);
    setReasonError(reasonCheck.success ? undefined : reasonCheck.error.issues[0]?.message);
    const valid = await form.trigger();
    if (!valid) return setProblem("invalid");
    if (evaluation.missingFacts.length || evaluation.missingAnswers.length) return setProblem("incomplete");
    if (!reasonCheck.success) return document.getElementById("correction-reason")?.focus();
    setSaving(true);
    try {
      const outcome = await correctReportAction({ hearingId: report.id, baseVersion: report.version, reason, report: form.getValues() });
      setResult(outcome);
      if (outcome.ok) {
        router.push(`/review/${report.id}?corrected=1`);
        router.refresh();
        return;
      }
      for (const [path, messages] of Object.entries(outcome.fieldErrors ?? {})) {
        if (path === "reason") setReasonError(messages[0]);
        else form.setError(path.replace(/^report\./, "") as FieldPath<HearingReportValues>, { message: messages[0] });
      }
    } finally {
      setSaving(false);
    }
  }

  const answerErrors = Object.fromEntries(
    Object.entries(form.formState.errors.answers ?? {}).map(([code, error]) => [code, (error as { message?: string } | undefined)?.message]),
  );

  return (
    <FormProvider {...form}>
      <form className="report-form" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }} aria-label={t("review.correction.title", { caseNumber: report.kase.caseNumber })}>
        <div className="card">
          <ReportProgress evaluation={evaluation} questions={questions} id={PROGRESS_ID} />
        </div>
        <IdentitySection court={report.court} />
        <TimingSection facts={values.facts} kase={kase} />
        <AccessSection facts={values.facts} kase={kase} />
        <PartiesSection facts={values.facts} kase={kase} showNames={report.showPersonal} />
        {report.showPersonal ? null : <p className="hint">{t("review.correction.namesKept")}</p>}
        <OutcomeSection facts={values.facts} kase={kase} />
        <ReportSection id="section-checklist" title={t("report.sections.checklist")}>
          <ChecklistFields
            questions={questions}
            facts={conditionFactsOf(values.facts, kase)}
            answers={values.answers}
            onAnswer={(code: string, value: AnswerValue) => form.setValue(`answers.${code}`, value, { shouldDirty: true, shouldValidate: true })}
            errors={answerErrors}
          />
        </ReportSection>
        <ReportSection id="section-narrative" title={t("report.sections.narrative")}>
          <TextAreaFact name="facts.narrative" label={t("report.facts.narrative")} max={20_000} />
        </ReportSection>
        <section className="card correction-reason" aria-labelledby="correction-save-title">
          <h2 id="correction-save-title">{t("review.correction.save")}</h2>
          <div className="field">
            <label htmlFor="correction-reason">{t("review.correction.reason")}</label>
            <span className="hint" id="correction-reason-hint">{t("review.correction.reasonHint", { min: MIN_REASON })}</span>
            <textarea id="correction-reason" value={reason} maxLength={MAX_REASON} rows={3} onChange={(e) => setReason(e.target.value)}
              aria-invalid={!!reasonError} aria-describedby={["correction-reason-hint", reasonError ? "correction-reason-error" : null].filter(Boolean).join(" ")} />
            <FieldError id="correction-reason-error" message={reasonError} />
          </div>
          <div aria-live="assertive">
            {problem ? <p className="alert alert-danger" role="alert">{t(`review.correction.${problem}`)}</p> : null}
            <ActionRefusal result={result} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button" disabled={!hydrated || saving}>{saving ? t("review.correction.saving") : t("review.correction.save")}</button>
            <Link className="button button-secondary" href={`/review/${report.id}`}>{t("review.correction.cancel")}</Link>
          </div>
        </section>
      </form>
    </FormProvider>
  );
}
