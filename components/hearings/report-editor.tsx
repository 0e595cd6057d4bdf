"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, useWatch, type FieldPath } from "react-hook-form";
import { ChecklistFields } from "@/components/checklists/checklist-fields";
import type { AnswerValue } from "@/lib/checklists/compliance";
import { submitHearingReportAction } from "@/lib/hearings/actions";
import type { ConflictDetails } from "@/lib/hearings/conflict";
import { evaluateReport } from "@/lib/hearings/evaluate-report";
import { conditionFactsOf, emptyFactValue, isFactVisible, isPersonalVisible } from "@/lib/hearings/fact-rules";
import type { HearingReport } from "@/lib/hearings/report-types";
import type { SaveResult } from "@/lib/hearings/save-result";
import { buildHearingReportSchema, type FactKey, type HearingReportValues, type PersonalKey } from "@/lib/hearings/schema";
import { ConflictPanel } from "./conflict-panel";
import { TextAreaFact } from "./fact-fields";
import { ReportComments, commentsByQuestion } from "./report-comments";
import { ReportProgress } from "./report-progress";
import { AccessSection } from "./report-sections/access-section";
import { IdentitySection } from "./report-sections/identity-section";
import { OutcomeSection } from "./report-sections/outcome-section";
import { PartiesSection } from "./report-sections/parties-section";
import { ReportSection } from "./report-sections/section";
import { TimingSection } from "./report-sections/timing-section";
import { SubmitPanel, type SubmitProblem } from "./submit-panel";
import { SyncStatus } from "./sync-status";
import { newClientKey } from "@/lib/offline/draft-store";
import { markClosed } from "@/lib/offline/stale-copies";
import { useReportSync } from "@/lib/offline/use-report-sync";
import "./report-phone.css";

const PROGRESS_ID = "report-progress";

/**
 * The monitor's hearing report: facts and checklist in one form, validated by the schema built from the
 * report's checklist version, saved in the background and kept on the device until the server has it.
 */
export function ReportEditor({ report }: { report: HearingReport }) {
  const t = useTranslations("report");
  const router = useRouter();
  const questions = report.checklist.questions;
  const kase = useMemo(() => ({ category: report.kase.category, subject: report.kase.subject }), [report.kase.category, report.kase.subject]);
  const schema = useMemo(() => buildHearingReportSchema(questions), [questions]);
  const form = useForm<HearingReportValues>({ resolver: zodResolver(schema), defaultValues: report.values, mode: "onChange" });
  const values = useWatch({ control: form.control }) as HearingReportValues;
  const evaluation = useMemo(() => evaluateReport(values, questions, kase), [values, questions, kase]);
  // Values the server or the device put into the form are not the monitor's changes: not sent back.
  const applying = useRef(false);

  const apply = (update: () => void) => {
    applying.current = true;
    try {
      update();
    } finally {
      applying.current = false;
    }
  };

  const { sync, state, online } = useReportSync(
    { hearingId: report.id, userId: report.monitor.id, caseNumber: report.kase.caseNumber, version: report.version, values: report.values, updatedAt: report.updatedAt.toISOString() },
    {
      isValid: (v) => schema.safeParse(v).success,
      onSaved: (result: SaveResult) => apply(() => clearWhatServerCleared(result)),
      onRestore: (v) => apply(() => form.reset(v, { keepDefaultValues: true })),
      // Reloaded while a save was landing: this page was rendered just before it. Ask again (the page keys
      // the editor by version, so the form starts over from what the server now holds).
      onStaleRender: () => router.refresh(),
      // Submitted elsewhere or approved: show the report as it now is (read-only), with why the copy went.
      onClosed: () => {
        markClosed(report.id);
        router.refresh();
      },
      onServerErrors: (fieldErrors) => {
        for (const [path, messages] of Object.entries(fieldErrors)) form.setError(path as FieldPath<HearingReportValues>, { message: messages[0] });
      },
    },
  );

  function clearWhatServerCleared(result: SaveResult) {
    const current = form.getValues();
    for (const key of result.cleared.facts) {
      if (!isFactVisible(key, current.facts, kase)) form.setValue(`facts.${key}` as `facts.${FactKey}`, emptyFactValue(key) as never);
    }
    for (const key of result.cleared.personal) {
      if (!isPersonalVisible(key, current.facts, kase)) form.setValue(`personal.${key}` as `personal.${PersonalKey}`, "");
    }
    const applicable = new Set(evaluateReport(current, questions, kase).checklist.applicable);
    for (const code of result.cleared.answers) if (!applicable.has(code)) form.setValue(`answers.${code}`, null);
  }

  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: () => {
        if (!applying.current) sync.change(form.getValues());
      },
    });
  }, [form, sync]);

  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<SubmitProblem>(null);
  const submitKey = useRef<string | null>(null);

  async function submit() {
    setProblem(null);
    const { baseVersion, unsent } = await sync.settle();
    if (unsent || !navigator.onLine) return setProblem("offline");
    if (!(await form.trigger())) return setProblem("invalid");
    setSubmitting(true);
    submitKey.current ??= newClientKey();
    try {
      const result = await submitHearingReportAction({ hearingId: report.id, baseVersion, idempotencyKey: submitKey.current, report: form.getValues() });
      if (result.ok) {
        sync.markSubmitted();
        router.refresh();
        return;
      }
      submitKey.current = null;
      if (result.code === "CONFLICT") sync.reportConflict(result.details as ConflictDetails);
      else if (result.code === "VALIDATION") {
        for (const [path, messages] of Object.entries(result.fieldErrors ?? {})) form.setError(path as FieldPath<HearingReportValues>, { message: messages[0] });
        setProblem(result.details ? "incomplete" : "invalid");
      } else setProblem("failed");
    } catch {
      setProblem("offline");
    } finally {
      setSubmitting(false);
    }
  }

  const answerErrors = Object.fromEntries(
    Object.entries(form.formState.errors.answers ?? {}).map(([code, error]) => [code, (error as { message?: string } | undefined)?.message]),
  );

  return (
    <FormProvider {...form}>
      <div className="report-toolbar">
        <SyncStatus state={state} online={online} />
        <a className="small" href={`#${PROGRESS_ID}`}>{t("progress.count", { completed: evaluation.completed, required: evaluation.required })}</a>
      </div>
      {state.restored ? <p className="alert alert-info">{t("sync.restored")}</p> : null}
      {state.conflict ? (
        <ConflictPanel conflict={state.conflict} mine={form.getValues()} questions={questions} judges={report.court.judges}
          onKeepTheirs={() => sync.keepTheirs()} onKeepMine={() => sync.keepMine()} />
      ) : null}
      <ReportComments comments={report.comments} questions={questions} />
      <form className="report-form" noValidate onSubmit={(e) => e.preventDefault()} onBlur={() => sync.leaveField()} aria-label={t("formLabel")}>
        <div className="card">
          <ReportProgress evaluation={evaluation} questions={questions} id={PROGRESS_ID} />
        </div>
        <IdentitySection court={report.court} />
        <TimingSection facts={values.facts} kase={kase} />
        <AccessSection facts={values.facts} kase={kase} />
        <PartiesSection facts={values.facts} kase={kase} />
        <OutcomeSection facts={values.facts} kase={kase} />
        <ReportSection id="section-checklist" title={t("sections.checklist")}>
          <p className="hint">{t("hints.checklist")}</p>
          <ChecklistFields
            questions={questions}
            facts={conditionFactsOf(evaluation.values.facts, kase)}
            answers={values.answers}
            onAnswer={(code: string, value: AnswerValue) => form.setValue(`answers.${code}`, value, { shouldDirty: true, shouldValidate: true })}
            errors={answerErrors}
            comments={commentsByQuestion(report.comments)}
          />
        </ReportSection>
        <ReportSection id="section-narrative" title={t("sections.narrative")}>
          <TextAreaFact name="facts.narrative" label={t("facts.narrative")} hint={t("hints.narrative")} max={20_000} />
        </ReportSection>
      </form>
      <SubmitPanel missing={evaluation.missingFacts.length + evaluation.missingAnswers.length} submitting={submitting} problem={problem} progressId={PROGRESS_ID} onSubmit={submit} />
    </FormProvider>
  );
}
