import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { bilingualName } from "@/lib/courts/court-name";
import type { HearingListItem } from "@/lib/hearings/list-queries";
import { ReviewStateBadge } from "./review-state-badge";

/** Hearings as a list of cards: one per row on a phone, readable without scrolling sideways. */
export function HearingList({ items, label }: { items: HearingListItem[]; label: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  return (
    <ul className="hearing-list" aria-label={label}>
      {items.map((hearing) => (
        <li key={hearing.id} className="hearing-item">
          <div className="hearing-item-main">
            <Link href={`/hearings/${hearing.id}`} className="hearing-item-title">
              {hearing.case.caseNumber}
            </Link>
            <span className="small">{bilingualName(hearing.court, locale)}</span>
          </div>
          <div className="hearing-item-meta small">
            <time dateTime={hearing.scheduledAt.toISOString()}>{format.dateTime(hearing.scheduledAt, "dateTime")}</time>
            {hearing.stage ? <span>{t(`enums.hearingStage.${hearing.stage}`)}</span> : null}
            {hearing.status ? <span>{t(`enums.hearingStatus.${hearing.status}`)}</span> : null}
            <ReviewStateBadge state={hearing.reviewState} />
          </div>
        </li>
      ))}
    </ul>
  );
}
