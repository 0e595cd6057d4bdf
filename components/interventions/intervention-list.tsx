import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { bilingualName } from "@/lib/courts/court-name";
import type { InterventionListItem } from "@/lib/interventions/queries";
import { replyStatus } from "@/lib/interventions/reply-status";
import { ReplyStatusBadge } from "./reply-status-badge";

/** Interventions as cards; one whose reply is overdue is marked and bordered so that it stands out. */
export function InterventionList({ items, today }: { items: InterventionListItem[]; today: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const date = (d: Date | null) => (d ? format.dateTime(d, "short") : t("interventions.detail.notSet"));
  return (
    <ul className="hearing-list" aria-label={t("interventions.listLabel")}>
      {items.map((item) => {
        const status = replyStatus(item, today);
        return (
          <li key={item.id} className={`hearing-item${status === "overdue" ? " item-overdue" : ""}`}>
            <div className="hearing-item-main">
              <Link href={`/interventions/${item.id}`} className="hearing-item-title">{item.title}</Link>
              <span className="small">{t(`enums.institution.${item.institution}`)} · {item.addressee}{item.court ? ` · ${bilingualName(item.court, locale)}` : null}</span>
              <span className="small muted">{t(`enums.interventionType.${item.type}`)} · {t("interventions.findingCount", { count: item._count.findings })}</span>
            </div>
            <div className="hearing-item-meta small">
              <span>{t("interventions.detail.sentAt")}: {date(item.sentAt)}</span>
              <span>{t("interventions.detail.replyDueAt")}: {date(item.replyDueAt)}</span>
              <ReplyStatusBadge status={status} />
              <span className="badge">{t(`enums.interventionOutcome.${item.outcome}`)}</span>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
