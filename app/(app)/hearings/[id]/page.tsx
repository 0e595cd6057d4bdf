import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { FindingsOnHearing } from "@/components/findings/findings-on-hearing";
import { ReportEditor } from "@/components/hearings/report-editor";
import { ReportFreshness } from "@/components/offline/report-freshness";
import { StaleCopyNotice } from "@/components/offline/stale-copy-notice";
import { ReportMeta } from "@/components/hearings/report-meta";
import { ReportView } from "@/components/hearings/report-view";
import { ReviewStateBadge } from "@/components/hearings/review-state-badge";
import { StateNotice } from "@/components/hearings/state-notice";
import { ReviewLinks } from "@/components/review/review-links";
import { ReviewThread } from "@/components/review/review-thread";
import { RevisionHistory } from "@/components/review/revision-history";
import { hasRole, READERS, REVIEWERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { findingsOnHearing } from "@/lib/findings/queries";
import { getHearingReport } from "@/lib/hearings/report-queries";
import { parseRecordId } from "@/lib/hearings/record-id";
import { reportRevisions } from "@/lib/review/context-queries";

export async function generateMetadata() {
  const t = await getTranslations("report");
  return { title: t("formLabel") };
}

/**
 * A hearing report: the monitor's own draft or returned report is the form; anything else the user may
 * see is read-only; anything out of scope is not found. Analysts, managers and admins also see the findings
 * that rest on it and its corrections after approval; reviewers, what they can do with it next.
 */
export default async function HearingReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseRecordId((await params).id);
  const report = id ? await getHearingReport(id, user) : null;
  if (!report) notFound();
  const reader = hasRole(user.role, READERS);
  const reviewer = hasRole(user.role, REVIEWERS);
  const [t, format, findings, revisions] = await Promise.all([
    getTranslations(), getFormatter(),
    reader ? findingsOnHearing(report.id) : [],
    reader ? reportRevisions(report.id) : [],
  ]);
  const mayRecordFinding = reviewer && (report.reviewState === "SUBMITTED" || report.reviewState === "APPROVED");
  return (
    <>
      {user.role === "MONITOR" ? (
        <p className="small no-print"><Link href="/hearings">← {t("nav.myHearings")}</Link></p>
      ) : null}
      <div className="page-header">
        <h1>{t("report.pageTitle", { caseNumber: report.kase.caseNumber })}</h1>
        <ReviewStateBadge state={report.reviewState} />
      </div>
      <ReportMeta report={report} />
      {report.reviewState === "SUBMITTED" && report.submittedAt ? (
        <StateNotice tone="info">{t("report.submittedNotice", { date: format.dateTime(report.submittedAt, "dateTime") })}</StateNotice>
      ) : null}
      {report.reviewState === "APPROVED" && report.approvedAt ? (
        <StateNotice tone="success">{t("report.approvedNotice", { date: format.dateTime(report.approvedAt, "dateTime") })}</StateNotice>
      ) : null}
      {report.editable && report.reviewState === "DRAFT" && report.prefilledFrom ? (
        <p className="alert alert-info">{t("report.prefilledNotice", { date: format.dateTime(report.prefilledFrom.scheduledAt, "short") })}</p>
      ) : null}
      {report.reviewState === "RETURNED" && report.editable ? <p className="alert alert-warning">{t("report.returnedNotice")}</p> : null}
      {reviewer ? <ReviewLinks hearingId={report.id} state={report.reviewState} /> : null}
      {report.editable ? <ReportEditor key={report.version} report={report} /> : <ReportView report={report} />}
      <ReportFreshness />
      {!report.editable && report.monitor.id === user.id ? <StaleCopyNotice hearingId={report.id} reviewState={report.reviewState} /> : null}
      <ReviewThread comments={report.comments} questions={report.checklist.questions} />
      {reader ? <FindingsOnHearing findings={findings} recordHref={mayRecordFinding ? `/findings/new?hearing=${report.id}` : null} /> : null}
      {reader && (revisions.length || report.reviewState === "APPROVED") ? (
        <RevisionHistory revisions={revisions} questions={report.checklist.questions} judges={report.court.judges} />
      ) : null}
    </>
  );
}
