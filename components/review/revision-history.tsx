import { useFormatter, useLocale, useTranslations } from "next-intl";
import { ComplianceBadge } from "@/components/hearings/compliance-badge";
import { useReportLabels } from "@/components/hearings/use-report-labels";
import { localized, type ChecklistQuestionView } from "@/lib/checklists/question-view";
import type { Compliance } from "@/lib/generated/prisma/enums";
import type { ReportChange, ReportSection } from "@/lib/hearings/report-diff";
import type { Revision } from "@/lib/review/context-queries";

type StandardResult = { standardId: number; result: Compliance | null };
const SECTIONS: readonly ReportSection[] = ["facts", "personal", "answers"];

/** The report fields a revision changed, read back from its audit entry ("facts.status" → a change). */
function revisionChanges(revision: Revision): ReportChange[] {
  return Object.keys(revision.after)
    .map((path) => {
      const [section, ...rest] = path.split(".");
      return { section: section as ReportSection, key: rest.join("."), before: revision.before[path] ?? null, after: revision.after[path] ?? null };
    })
    .filter((change) => SECTIONS.includes(change.section) && change.key);
}

/**
 * The corrections made to an approved report: who, when and why, each changed field before and after, and
 * the per-standard results that moved.
 */
export function RevisionHistory({ revisions, questions, judges }: { revisions: Revision[]; questions: ChecklistQuestionView[]; judges: { id: number; name: string }[] }) {
  const t = useTranslations("review.revisions");
  const format = useFormatter();
  const locale = useLocale();
  const labels = useReportLabels(questions, judges);
  const standards = new Map(questions.map((q) => [q.standard.id, q.standard]));
  const standardLabel = (id: number) => {
    const standard = standards.get(id);
    return standard ? `${standard.number}. ${localized(standard.name, locale)}` : String(id);
  };
  return (
    <section className="card" aria-labelledby="revisions-title">
      <h2 id="revisions-title">{t("title")}</h2>
      {revisions.length === 0 ? <p className="muted small">{t("none")}</p> : null}
      {revisions.map((revision) => {
        const changes = revisionChanges(revision);
        const before = new Map(((revision.before.standards ?? []) as StandardResult[]).map((s) => [s.standardId, s.result]));
        const after = (revision.after.standards ?? []) as StandardResult[];
        return (
          <article key={revision.id} className="revision" aria-labelledby={`revision-${revision.id}`}>
            <h3 id={`revision-${revision.id}`} className="small">{t("entry", { name: revision.actorName ?? "—", date: format.dateTime(revision.createdAt, "dateTime") })}</h3>
            <p><span className="muted">{t("reason")}: </span>{revision.reason}</p>
            <div className="table-wrap">
              <table>
                <thead><tr><th scope="col">{t("field")}</th><th scope="col">{t("before")}</th><th scope="col">{t("after")}</th></tr></thead>
                <tbody>
                  {changes.map((change) => (
                    <tr key={`${change.section}.${change.key}`}>
                      <th scope="row" className="wrap">{labels.changeLabel(change)}</th>
                      <td>{labels.changeValue(change, "before")}</td>
                      <td>{labels.changeValue(change, "after")}</td>
                    </tr>
                  ))}
                  {after.map((result) => (
                    <tr key={`standard-${result.standardId}`}>
                      <th scope="row" className="wrap">{t("standards")}: {standardLabel(result.standardId)}</th>
                      <td>{before.get(result.standardId) ? <ComplianceBadge value={before.get(result.standardId)!} /> : "—"}</td>
                      <td>{result.result ? <ComplianceBadge value={result.result} /> : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </article>
        );
      })}
    </section>
  );
}
