import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { standardName } from "@/components/findings/standard-name";
import { ReviewStateBadge } from "@/components/hearings/review-state-badge";
import type { EarlierHearing } from "@/lib/review/context-queries";

/** The case's earlier hearings beside the report under review: what happened and which standards they breached. */
export function EarlierHearings({ hearings, caseId }: { hearings: EarlierHearing[]; caseId: number }) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  return (
    <section className="card earlier-hearings" aria-labelledby="earlier-title">
      <h2 id="earlier-title">{t("review.earlier.title")}</h2>
      {hearings.length ? (
        <ol className="plain-list">
          {hearings.map((hearing) => (
            <li key={hearing.id}>
              <div className="row">
                <Link href={`/hearings/${hearing.id}`}>
                  <time dateTime={hearing.scheduledAt.toISOString()}>{format.dateTime(hearing.scheduledAt, "dateTime")}</time>
                </Link>
                <ReviewStateBadge state={hearing.reviewState} />
              </div>
              <p className="small">
                {hearing.stage ? t(`enums.hearingStage.${hearing.stage}`) : null}
                {hearing.stage && hearing.status ? " · " : null}
                {hearing.status ? t(`enums.hearingStatus.${hearing.status}`) : null}
                {hearing.adjournmentReasons.length ? ` (${hearing.adjournmentReasons.map((r) => t(`enums.adjournmentReason.${r}`)).join(", ")})` : null}
                {" · "}{hearing.monitor.name}
              </p>
              <p className="small">
                {hearing.breached.length ? (
                  <>
                    <span className="muted">{t("review.earlier.breached")}: </span>
                    {hearing.breached.map((s) => <span key={s.id} className="badge badge-danger badge-wrap">{standardName(s, locale)}</span>)}
                  </>
                ) : <span className="muted">{t("review.earlier.noBreach")}</span>}
              </p>
            </li>
          ))}
        </ol>
      ) : <p className="muted small">{t("review.earlier.none")}</p>}
      <p className="small"><Link href={`/cases/${caseId}`}>{t("review.earlier.openCase")}</Link></p>
    </section>
  );
}
