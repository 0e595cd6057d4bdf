"use client";

import { useLocale, useTranslations } from "next-intl";
import { questionFieldId } from "@/components/checklists/checklist-fields";
import { localized, type ChecklistQuestionView } from "@/lib/checklists/question-view";
import type { ReportEvaluation } from "@/lib/hearings/evaluate-report";
import { fieldId } from "./fact-fields";
import { focusField } from "./focus-field";

/** How much of the report is done, and a link to each thing still missing. */
export function ReportProgress({ evaluation, questions, id }: { evaluation: ReportEvaluation; questions: ChecklistQuestionView[]; id: string }) {
  const t = useTranslations("report");
  const locale = useLocale();
  const missing = [
    ...evaluation.missingFacts.map((key) => ({ id: fieldId(`facts.${key}`), label: t(`facts.${key}`) })),
    ...evaluation.missingAnswers.map((code) => {
      const question = questions.find((q) => q.code === code);
      return { id: questionFieldId(code), label: question ? localized(question.text, locale) : code };
    }),
  ];
  return (
    <div className="report-progress" id={id} tabIndex={-1}>
      <label className="progress-label" htmlFor={`${id}-bar`}>
        {t("progress.count", { completed: evaluation.completed, required: evaluation.required })}
      </label>
      <progress id={`${id}-bar`} value={evaluation.completed} max={Math.max(1, evaluation.required)} />
      {missing.length ? (
        <details>
          <summary>{t("progress.missing", { count: missing.length })}</summary>
          <ul className="missing-list">
            {missing.map((item) => (
              <li key={item.id}>
                <button type="button" className="button-link" onClick={() => focusField(item.id)}>{item.label}</button>
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p className="small">{t("progress.complete")}</p>
      )}
    </div>
  );
}
