import { useLocale, useTranslations } from "next-intl";
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

/**
 * A report read-only: its facts, the answers by standard with their compliance, and the per-standard
 * results, with the reviewer's comments beside the questions. Used for submitted and approved reports and
 * by the analyst's review page. Names are shown only when the report says this user may see them.
 */
export function ReportView({ report }: { report: HearingReport }) {
  const t = useTranslations();
  const locale = useLocale();
  const questions = report.checklist.questions;
  const labels = useReportLabels(questions, report.court.judges);
  const kase = { category: report.kase.category, subject: report.kase.subject };
  const { facts, personal, answers } = report.values;
  const comments = commentsByQuestion(report.comments);
  const resultByStandard = new Map(report.standardResults.map((r) => [r.standardId, r]));
  const tr = t as unknown as (key: string, values?: Record<string, unknown>) => string;

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
              {groupByStandard(questions).map(({ standard }) => {
                const result = resultByStandard.get(standard.id);
                return (
                  <tr key={standard.id}>
                    <th scope="row">{standard.number}. {localized(standard.name, locale)}</th>
                    <td>
                      <ComplianceBadge value={result?.result ?? "NOT_APPLICABLE"} />
                      {result?.nonCompliantCount ? <span className="small muted"> {t("report.view.nonCompliantCount", { count: result.nonCompliantCount })}</span> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </ReportSection>

      <ReportSection id="view-checklist" title={t("report.sections.checklist")}>
        {groupByStandard(questions).map(({ standard, questions: inStandard }) => {
          const answered = inStandard.filter((q) => answers[q.code] !== undefined && answers[q.code] !== null);
          return (
            <section key={standard.id} className="checklist-standard" aria-labelledby={`view-standard-${standard.code}`}>
              <h3 id={`view-standard-${standard.code}`}>{t("checklist.standardHeading", { number: standard.number, name: localized(standard.name, locale) })}</h3>
              {answered.length ? (
                <ul className="answer-list">
                  {answered.map((q) => (
                    <li key={q.code}>
                      <p className="answer-question">{localized(q.text, locale)}</p>
                      <p className="answer-value">
                        <span>{labels.answerValue(q.code, answers[q.code])}</span>{" "}
                        {report.answerCompliance[q.code] && report.answerCompliance[q.code] !== "NOT_APPLICABLE" ? <ComplianceBadge value={report.answerCompliance[q.code]!} /> : null}
                      </p>
                      <QuestionComments comments={comments[q.code]} id={`view-comments-${q.code}`} />
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
