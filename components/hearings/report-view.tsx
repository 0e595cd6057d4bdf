import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { QuestionComments } from "@/components/checklists/question-comments";
import { groupByStandard, localized } from "@/lib/checklists/question-view";
import { isFactVisible, isPersonalVisible } from "@/lib/hearings/fact-rules";
import type { HearingReport } from "@/lib/hearings/report-types";
import type { FactKey, PersonalKey } from "@/lib/hearings/schema";
import { ComplianceBadge } from "./compliance-badge";
import { commentsByQuestion, ReportComments } from "./report-comments";
import { ReportSection } from "./report-sections/section";
import { useReportLabels } from "./use-report-labels";

const SECTIONS: { id: string; title: "identity" | "timing" | "access" | "parties" | "outcome"; facts: FactKey[] }[] = [
  { id: "identity", title: "identity", facts: ["stage", "department", "judgeId", "judgeGender", "panel", "prosecutor", "prosecutorGender"] },
  { id: "timing", title: "timing", facts: ["scheduledAt", "status", "actualStartTime", "endTime", "adjournmentReasons", "nextHearingDate"] },
  { id: "access", title: "access", facts: ["announcedPublicly", "closedToPublic", "publicAdmitted", "closureGround", "language", "interpretationNeeded", "interpretationProvided", "recordingRequired", "audioVideoRecorded"] },
  { id: "parties", title: "parties", facts: ["defendantCount", "defendantGender", "defendantsPresent", "detentionStatus", "defenceCounsel", "victimInvolved", "victimPresent", "victimRepresented", "victimGender", "juvenileInvolved"] },
  { id: "outcome", title: "outcome", facts: ["verdictPronounced", "verdict", "sentenceType", "sentenceMonths", "fineEur", "protectionOrder"] },
];
const PERSONAL: PersonalKey[] = ["defendantNames", "victimNames", "witnessNames", "juvenileDetails"];
/** For a reviewer, what needs attention comes first: breaches, then what the monitor could not tell. */
const RESULT_ORDER: Record<string, number> = { NON_COMPLIANT: 0, UNCLEAR: 1, COMPLIANT: 2, NOT_APPLICABLE: 3 };

export interface ReportViewProps {
  report: HearingReport;
  /** Results by standard with the non-compliant ones first, highlighted (the review page). */
  nonCompliantFirst?: boolean;
  /** Something to show under each answered question, e.g. the reviewer's comment box (client components only). */
  questionExtra?: (code: string) => ReactNode;
}

/**
 * A report read-only: its facts, the answers by standard with their compliance, and the per-standard
 * results, with the reviewer's comments beside the questions. Used for submitted and approved reports and
 * by the analyst's review page. Names are shown only when the report says this user may see them.
 */
export function ReportView({ report, nonCompliantFirst, questionExtra }: ReportViewProps) {
  const t = useTranslations();
  const locale = useLocale();
  const questions = report.checklist.questions;
  const labels = useReportLabels(questions, report.court.judges);
  const kase = { category: report.kase.category, subject: report.kase.subject };
  const { facts, personal, answers } = report.values;
  const comments = commentsByQuestion(report.comments);
  const resultByStandard = new Map(report.standardResults.map((r) => [r.standardId, r]));
  const tr = t as unknown as (key: string, values?: Record<string, unknown>) => string;
  const standardGroups = groupByStandard(questions);
  const resultRows = standardGroups.map(({ standard }) => ({ standard, result: resultByStandard.get(standard.id) }));
  if (nonCompliantFirst) {
    resultRows.sort((a, b) => RESULT_ORDER[a.result?.result ?? "NOT_APPLICABLE"]! - RESULT_ORDER[b.result?.result ?? "NOT_APPLICABLE"]! || a.standard.number - b.standard.number);
  }

  return (
    <div className="report-view">
      <ReportComments comments={report.comments} questions={questions} />
      {SECTIONS.map((section) => (
        <ReportSection key={section.id} id={`view-${section.id}`} title={t(`report.sections.${section.title}`)}>
          <dl className="fact-list">
            {section.facts.filter((key) => isFactVisible(key, facts, kase)).map((key) => (
              <div key={key}>
                <dt>{tr(`report.facts.${key}`)}</dt>
                <dd>{labels.factValue(key, facts[key])}</dd>
              </div>
            ))}
            {section.id === "timing" ? (
              <>
                <div><dt>{t("report.facts.delayMinutes")}</dt><dd>{report.delayMinutes !== null ? t("common.minutes", { count: report.delayMinutes }) : t("report.notRecorded")}</dd></div>
                <div><dt>{t("report.facts.durationMinutes")}</dt><dd>{report.durationMinutes !== null ? t("common.minutes", { count: report.durationMinutes }) : t("report.notRecorded")}</dd></div>
              </>
            ) : null}
          </dl>
          {section.id === "parties" ? (
            report.showPersonal ? (
              <dl className="fact-list personal-data" aria-label={t("report.sections.names")}>
                {PERSONAL.filter((key) => isPersonalVisible(key, facts, kase)).map((key) => (
                  <div key={key}><dt>{t(`report.personal.${key}`)}</dt><dd>{personal[key] || t("report.notRecorded")}</dd></div>
                ))}
              </dl>
            ) : <p className="small muted">{t("report.view.namesWithheld")}</p>
          ) : null}
        </ReportSection>
      ))}

      <ReportSection id="view-results" title={t("report.sections.results")}>
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">{t("report.view.standard")}</th><th scope="col">{t("report.view.result")}</th></tr></thead>
            <tbody>
              {resultRows.map(({ standard, result }) => (
                <tr key={standard.id} className={nonCompliantFirst && result?.result === "NON_COMPLIANT" ? "result-breach" : undefined}>
                  <th scope="row">
                    {nonCompliantFirst ? (
                      <a href={`#view-standard-${standard.code}`}>{standard.number}. {localized(standard.name, locale)}</a>
                    ) : <>{standard.number}. {localized(standard.name, locale)}</>}
                  </th>
                  <td>
                    <ComplianceBadge value={result?.result ?? "NOT_APPLICABLE"} />
                    {result?.nonCompliantCount ? <span className="small muted"> {t("report.view.nonCompliantCount", { count: result.nonCompliantCount })}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </ReportSection>

      <ReportSection id="view-checklist" title={t("report.sections.checklist")}>
        {standardGroups.map(({ standard, questions: inStandard }) => {
          const answered = inStandard.filter((q) => answers[q.code] !== undefined && answers[q.code] !== null);
          return (
            <section key={standard.id} className="checklist-standard" aria-labelledby={`view-standard-${standard.code}`}>
              <h3 id={`view-standard-${standard.code}`}>{t("checklist.standardHeading", { number: standard.number, name: localized(standard.name, locale) })}</h3>
              {answered.length ? (
                <ul className="answer-list">
                  {answered.map((q) => (
                    <li key={q.code}>
                      <p className="answer-question" id={`view-question-${q.code}`}>{localized(q.text, locale)}</p>
                      <p className="answer-value">
                        <span>{labels.answerValue(q.code, answers[q.code])}</span>{" "}
                        {report.answerCompliance[q.code] && report.answerCompliance[q.code] !== "NOT_APPLICABLE" ? <ComplianceBadge value={report.answerCompliance[q.code]!} /> : null}
                      </p>
                      <QuestionComments comments={comments[q.code]} id={`view-comments-${q.code}`} />
                      {questionExtra?.(q.code)}
                    </li>
                  ))}
                </ul>
              ) : <p className="small muted">{t("report.view.noAnswers")}</p>}
            </section>
          );
        })}
      </ReportSection>

      <ReportSection id="view-narrative" title={t("report.sections.narrative")}>
        {report.showPersonal
          ? <p className="narrative">{facts.narrative || t("report.notRecorded")}</p>
          : <p className="small muted">{t("report.view.narrativeWithheld")}</p>}
      </ReportSection>
    </div>
  );
}
