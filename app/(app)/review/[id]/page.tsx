import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { FindingsOnHearing } from "@/components/findings/findings-on-hearing";
import { ReportMeta } from "@/components/hearings/report-meta";
import { ReportView } from "@/components/hearings/report-view";
import { ReviewStateBadge } from "@/components/hearings/review-state-badge";
import { EarlierHearings } from "@/components/review/earlier-hearings";
import { ReviewOutcome } from "@/components/review/review-outcome";
import { ReviewThread } from "@/components/review/review-thread";
import { ReviewWorkspace } from "@/components/review/review-workspace";
import { RevisionHistory } from "@/components/review/revision-history";
import { WaitingTimeLabel } from "@/components/review/waiting-time-label";
import { REVIEWERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { findingsOnHearing } from "@/lib/findings/queries";
import { parseRecordId } from "@/lib/hearings/record-id";
import { getHearingReport } from "@/lib/hearings/report-queries";
import { earlierHearingsOfCase, reportRevisions } from "@/lib/review/context-queries";
import { waitingTime } from "@/lib/review/waiting-time";
import type { RawSearchParams } from "@/lib/search-params";

export async function generateMetadata() {
  const t = await getTranslations("review.links");
  return { title: t("title") };
}

/**
 * Reviewing one report: the whole report read-only with the breached standards first, comments under the
 * answers and the decision when it is submitted; the case's earlier hearings, the findings on it, its
 * review history and corrections beside it.
 */
export default async function ReviewReportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser(REVIEWERS);
  const id = parseRecordId((await params).id);
  const report = id ? await getHearingReport(id, user) : null;
  if (!report) notFound();
  const corrected = (await searchParams).corrected === "1";
  const [t, format, earlier, findings, revisions] = await Promise.all([
    getTranslations(), getFormatter(), earlierHearingsOfCase(report.id, user), findingsOnHearing(report.id), reportRevisions(report.id),
  ]);
  const submitted = report.reviewState === "SUBMITTED";
  const reviewable = submitted || report.reviewState === "APPROVED";
  return (
    <>
      <p className="small no-print"><Link href="/review">← {t("review.page.backToQueue")}</Link></p>
      <div className="page-header">
        <h1>{t("review.page.title", { caseNumber: report.kase.caseNumber })}</h1>
        <ReviewStateBadge state={report.reviewState} />
      </div>
      <ReportMeta report={report}>
        {submitted && report.submittedAt ? (
          <div>
            <dt>{t("review.submittedAt")}</dt>
            <dd>{format.dateTime(report.submittedAt, "dateTime")} <WaitingTimeLabel waiting={waitingTime(report.submittedAt, new Date())} /></dd>
          </div>
        ) : null}
      </ReportMeta>
      <ReviewOutcome report={report} corrected={corrected} />
      {submitted ? <p className="no-print"><a href="#decision">{t("review.page.skipToDecision")}</a></p> : null}
      <div className="review-layout">
        <div className="review-main">
          {submitted ? <ReviewWorkspace report={report} /> : <ReportView report={report} nonCompliantFirst />}
        </div>
        <aside className="review-aside" aria-label={t("review.earlier.title")}>
          <EarlierHearings hearings={earlier} caseId={report.kase.id} />
          <FindingsOnHearing findings={findings} recordHref={reviewable ? `/findings/new?hearing=${report.id}` : null} />
          <ReviewThread comments={report.comments} questions={report.checklist.questions} />
          {revisions.length || report.reviewState === "APPROVED" ? (
            <RevisionHistory revisions={revisions} questions={report.checklist.questions} judges={report.court.judges} />
          ) : null}
        </aside>
      </div>
    </>
  );
}
