import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ReportEditor } from "@/components/hearings/report-editor";
import { ReportView } from "@/components/hearings/report-view";
import { ReviewStateBadge } from "@/components/hearings/review-state-badge";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { getHearingReport } from "@/lib/hearings/report-queries";
import { parseRecordId } from "@/lib/hearings/record-id";
import { fromCourtDateTimeInput } from "@/lib/time/zone";

export async function generateMetadata() {
  const t = await getTranslations("report");
  return { title: t("formLabel") };
}

/**
 * A hearing report: the monitor's own draft or returned report is the form; anything else the user may
 * see is read-only; anything out of scope is not found.
 */
export default async function HearingReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseRecordId((await params).id);
  const report = id ? await getHearingReport(id, user) : null;
  if (!report) notFound();
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const scheduledAt = fromCourtDateTimeInput(report.values.facts.scheduledAt);
  return (
    <>
      {user.role === "MONITOR" ? (
        <p className="small no-print"><Link href="/hearings">← {t("nav.myHearings")}</Link></p>
      ) : null}
      <div className="page-header">
        <h1>{t("report.pageTitle", { caseNumber: report.kase.caseNumber })}</h1>
        <ReviewStateBadge state={report.reviewState} />
      </div>
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
      </dl>
      {report.reviewState === "SUBMITTED" && report.submittedAt ? (
        <p className="alert alert-info">{t("report.submittedNotice", { date: format.dateTime(report.submittedAt, "dateTime") })}</p>
      ) : null}
      {report.reviewState === "APPROVED" && report.approvedAt ? (
        <p className="alert alert-success">{t("report.approvedNotice", { date: format.dateTime(report.approvedAt, "dateTime") })}</p>
      ) : null}
      {report.reviewState === "RETURNED" && report.editable ? <p className="alert alert-warning">{t("report.returnedNotice")}</p> : null}
      {report.editable ? <ReportEditor report={report} /> : <ReportView report={report} />}
    </>
  );
}
