import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReportMeta } from "@/components/hearings/report-meta";
import { ReviewStateBadge } from "@/components/hearings/review-state-badge";
import { ActionRefusalNotice } from "@/components/review/action-refusal-notice";
import { CorrectionForm } from "@/components/review/correction-form";
import { REVIEWERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { parseRecordId } from "@/lib/hearings/record-id";
import { getHearingReport } from "@/lib/hearings/report-queries";

export async function generateMetadata() {
  const t = await getTranslations("review.links");
  return { title: t("correct") };
}

/** Correcting an approved report, with a reason; any other state has nothing to correct here. */
export default async function CorrectReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(REVIEWERS);
  const id = parseRecordId((await params).id);
  const report = id ? await getHearingReport(id, user) : null;
  if (!report) notFound();
  const t = await getTranslations("review");
  return (
    <>
      <p className="small no-print"><Link href={`/review/${report.id}`}>← {t("page.title", { caseNumber: report.kase.caseNumber })}</Link></p>
      <div className="page-header">
        <h1>{t("correction.title", { caseNumber: report.kase.caseNumber })}</h1>
        <ReviewStateBadge state={report.reviewState} />
      </div>
      <ReportMeta report={report} />
      {report.reviewState === "APPROVED" ? (
        <>
          <p className="alert alert-info">{t("correction.intro")}</p>
          <CorrectionForm report={report} />
        </>
      ) : (
        <ActionRefusalNotice move="correct" state={report.reviewState} />
      )}
    </>
  );
}
