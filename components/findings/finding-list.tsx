import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { bilingualName } from "@/lib/courts/court-name";
import type { FindingListItem } from "@/lib/findings/queries";
import { FindingStatusBadge, SeverityBadge } from "./severity-badge";
import { standardName } from "./standard-name";

/** Findings as cards: title, standard, severity, status, the case and how many hearings and interventions. */
export function FindingList({ items }: { items: FindingListItem[] }) {
  const t = useTranslations("findings");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <ul className="hearing-list" aria-label={t("listLabel")}>
      {items.map((finding) => (
        <li key={finding.id} className="hearing-item">
          <div className="hearing-item-main">
            <Link href={`/findings/${finding.id}`} className="hearing-item-title">{finding.title}</Link>
            <span className="small">{standardName(finding.standard, locale)}</span>
            <span className="small muted">
              {finding.case ? `${finding.case.caseNumber} · ${bilingualName(finding.case.court, locale)}` : t("acrossCases")}
            </span>
          </div>
          <div className="hearing-item-meta small">
            <SeverityBadge severity={finding.severity} />
            <FindingStatusBadge status={finding.status} />
            <span>{t("hearingCount", { count: finding._count.hearings })}</span>
            <span>{t("interventionCount", { count: finding._count.interventions })}</span>
            <span className="muted">{t("recordedBy", { name: finding.createdBy.name, date: format.dateTime(finding.createdAt, "short") })}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
