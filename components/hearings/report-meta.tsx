import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { bilingualName } from "@/lib/courts/court-name";
import type { HearingReport } from "@/lib/hearings/report-types";
import { fromCourtDateTimeInput } from "@/lib/time/zone";

/** Which hearing a report is about: court, case, when, who monitored and reviewed it, on which checklist. */
export function ReportMeta({ report, children }: { report: HearingReport; children?: ReactNode }) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const scheduledAt = fromCourtDateTimeInput(report.values.facts.scheduledAt);
  return (
    <dl className="report-meta">
      <div><dt>{t("report.meta.court")}</dt><dd>{bilingualName(report.court, locale)}</dd></div>
      <div>
        <dt>{t("report.meta.case")}</dt>
        <dd>
          <Link href={`/cases/${report.kase.id}`}>{report.kase.caseNumber}</Link>{" "}
          <span className="muted">· {t(`enums.caseCategory.${report.kase.category}`)} · {t(`enums.caseSubject.${report.kase.subject}`)}</span>
        </dd>
      </div>
      <div><dt>{t("report.meta.scheduled")}</dt><dd>{scheduledAt ? format.dateTime(scheduledAt, "dateTime") : ""}</dd></div>
      <div><dt>{t("report.meta.monitor")}</dt><dd>{report.monitor.name}</dd></div>
      {report.reviewerName ? <div><dt>{t("report.meta.reviewer")}</dt><dd>{report.reviewerName}</dd></div> : null}
      <div><dt>{t("report.meta.checklist")}</dt><dd>{t("report.meta.checklistVersion", { number: report.checklist.number })}</dd></div>
      {children}
    </dl>
  );
}
