import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { bilingualName } from "@/lib/courts/court-name";
import type { ReviewQueueItem } from "@/lib/review/queue-queries";
import { waitingTime } from "@/lib/review/waiting-time";
import { WaitingTimeLabel } from "./waiting-time-label";

/** Reports waiting for review as cards (one per row on a phone), the longest waiting first. */
export function ReviewQueueList({ items, now }: { items: ReviewQueueItem[]; now: Date }) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  return (
    <ol className="hearing-list" aria-label={t("review.queue.listLabel")}>
      {items.map((item) => (
        <li key={item.id} className="hearing-item">
          <div className="hearing-item-main">
            <Link href={`/review/${item.id}`} className="hearing-item-title">{item.case.caseNumber}</Link>
            <span className="small">{bilingualName(item.court, locale)} · {bilingualName(item.court.region, locale)}</span>
            <span className="small muted">
              {t(`enums.caseCategory.${item.case.category}`)} · {t(`enums.caseSubject.${item.case.subject}`)}
              {item.stage ? ` · ${t(`enums.hearingStage.${item.stage}`)}` : null}
            </span>
          </div>
          <div className="hearing-item-meta small">
            <span>{t("review.queue.hearingOn", { date: format.dateTime(item.scheduledAt, "dateTime") })}</span>
            <span>{item.monitor.name}</span>
            {item.submittedAt ? <span>{t("review.queue.submittedOn", { date: format.dateTime(item.submittedAt, "dateTime") })}</span> : null}
            {item.submittedAt ? <WaitingTimeLabel waiting={waitingTime(item.submittedAt, now)} /> : null}
            {item._count.comments ? <span className="badge">{t("review.queue.resubmitted")}</span> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
