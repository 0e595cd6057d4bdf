import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { ReviewStateBadge } from "@/components/hearings/review-state-badge";
import type { CaseHistory } from "@/lib/cases/queries";

/**
 * Every hearing of a case the user may see, in order: status, adjournment reasons, days since the first
 * hearing, who monitored it and a link to the report. A list rather than a table: it reads on a phone.
 */
export function CaseHearings({ history }: { history: CaseHistory }) {
  const t = useTranslations();
  const format = useFormatter();
  if (!history.hearings.length) return <p className="muted">{t("cases.noHearings")}</p>;
  return (
    <ol className="case-timeline">
      {history.hearings.map((hearing) => (
        <li key={hearing.id} className="timeline-item">
          <div className="timeline-head">
            <Link href={`/hearings/${hearing.id}`}>
              <time dateTime={hearing.scheduledAt.toISOString()}>{format.dateTime(hearing.scheduledAt, "dateTime")}</time>
            </Link>
            <span className="badge">{t("cases.day", { count: hearing.daysFromFirst })}</span>
            <ReviewStateBadge state={hearing.reviewState} />
          </div>
          <dl className="timeline-facts small">
            {hearing.stage ? <div><dt>{t("hearings.stage")}</dt><dd>{t(`enums.hearingStage.${hearing.stage}`)}</dd></div> : null}
            <div>
              <dt>{t("report.facts.status")}</dt>
              <dd>{hearing.status ? t(`enums.hearingStatus.${hearing.status}`) : t("report.notRecorded")}</dd>
            </div>
            {hearing.adjournmentReasons.length ? (
              <div>
                <dt>{t("report.facts.adjournmentReasons")}</dt>
                <dd>{hearing.adjournmentReasons.map((r) => t(`enums.adjournmentReason.${r}`)).join(", ")}</dd>
              </div>
            ) : null}
            {hearing.delayMinutes ? <div><dt>{t("report.facts.delayMinutes")}</dt><dd>{t("common.minutes", { count: hearing.delayMinutes })}</dd></div> : null}
            <div><dt>{t("report.meta.monitor")}</dt><dd>{hearing.monitor.name}</dd></div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
