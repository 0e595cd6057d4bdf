import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { ComplianceBadge } from "@/components/hearings/compliance-badge";
import { ReviewStateBadge } from "@/components/hearings/review-state-badge";
import { bilingualName } from "@/lib/courts/court-name";
import type { FindingDetail } from "@/lib/findings/queries";

/** The hearings a finding rests on, each linked to its report, with its result for the finding's standard. */
export function FindingHearings({ hearings }: { hearings: FindingDetail["hearings"] }) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  return (
    <ul className="hearing-list" aria-label={t("findings.detail.hearings")}>
      {hearings.map((hearing) => (
        <li key={hearing.id} className="hearing-item">
          <div className="hearing-item-main">
            <Link href={`/hearings/${hearing.id}`} className="hearing-item-title">
              {hearing.case.caseNumber} · <time dateTime={hearing.scheduledAt.toISOString()}>{format.dateTime(hearing.scheduledAt, "dateTime")}</time>
            </Link>
            <span className="small">{bilingualName(hearing.court, locale)}</span>
          </div>
          <div className="hearing-item-meta small">
            {hearing.stage ? <span>{t(`enums.hearingStage.${hearing.stage}`)}</span> : null}
            <ReviewStateBadge state={hearing.reviewState} />
            <span className="muted">{t("findings.detail.resultHere")}:</span>
            <ComplianceBadge value={hearing.result ?? "NOT_APPLICABLE"} />
          </div>
        </li>
      ))}
    </ul>
  );
}
