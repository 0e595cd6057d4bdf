"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { ChecklistQuestionView } from "@/lib/checklists/question-view";
import type { ConflictDetails } from "@/lib/hearings/conflict";
import { diffReports } from "@/lib/hearings/report-diff";
import type { HearingReportValues } from "@/lib/hearings/schema";
import { useReportLabels } from "./use-report-labels";

interface ConflictPanelProps {
  conflict: ConflictDetails;
  mine: HearingReportValues;
  questions: ChecklistQuestionView[];
  judges: { id: number; name: string }[];
  onKeepTheirs: () => void;
  onKeepMine: () => void;
}

/**
 * A save was refused because the report changed elsewhere (another tab, another device). Nothing is
 * overwritten until the monitor has seen the differences and chosen which version to keep.
 */
export function ConflictPanel({ conflict, mine, questions, judges, onKeepTheirs, onKeepMine }: ConflictPanelProps) {
  const t = useTranslations("report.conflict");
  const format = useFormatter();
  const labels = useReportLabels(questions, judges);
  const [showDifferences, setShowDifferences] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const changes = diffReports(conflict.values, mine);
  return (
    <section className="alert alert-danger conflict-panel" role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title" tabIndex={-1} ref={heading}>{t("title")}</h2>
      <p>{t("body", { time: format.dateTime(new Date(conflict.updatedAt), "dateTime") })}</p>
      <div className="form-actions">
        <button type="button" className="button button-secondary" aria-expanded={showDifferences} aria-controls="conflict-differences" onClick={() => setShowDifferences((v) => !v)}>
          {showDifferences ? t("hideDifferences") : t("showDifferences", { count: changes.length })}
        </button>
        <button type="button" className="button button-secondary" onClick={onKeepTheirs}>{t("keepTheirs")}</button>
        <button type="button" className="button" onClick={onKeepMine}>{t("keepMine")}</button>
      </div>
      {showDifferences ? (
        <div className="table-wrap" id="conflict-differences">
          <table>
            <caption>{t("differences")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("field")}</th>
                <th scope="col">{t("theirs")}</th>
                <th scope="col">{t("mine")}</th>
              </tr>
            </thead>
            <tbody>
              {changes.length ? changes.map((change) => (
                <tr key={`${change.section}.${change.key}`}>
                  <th scope="row">{labels.changeLabel(change)}</th>
                  <td>{labels.changeValue(change, "before")}</td>
                  <td>{labels.changeValue(change, "after")}</td>
                </tr>
              )) : (
                <tr><td colSpan={3}>{t("noDifferences")}</td></tr>
              )}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
