import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { HearingReport } from "@/lib/hearings/report-types";

/**
 * Where a report stands for its reviewer, in a live region: after a decision the page is drawn again for
 * the new state and this says what happened (returned, approved) and what comes next.
 */
export function ReviewOutcome({ report, corrected }: { report: HearingReport; corrected: boolean }) {
  const t = useTranslations("review.page");
  const format = useFormatter();
  const date = (d: Date | null) => (d ? format.dateTime(d, "dateTime") : "");
  return (
    <div role="status" className="review-outcome">
      {report.reviewState === "RETURNED" ? (
        <div className="alert alert-warning">
          <p>{t("returned", { date: date(report.reviewedAt) })}</p>
          <Link href="/review">{t("backToQueue")}</Link>
        </div>
      ) : null}
      {report.reviewState === "APPROVED" ? (
        <div className="alert alert-success">
          <p>{t("approved", { date: date(report.approvedAt) })}</p>
          {corrected ? <p>{t("corrected")}</p> : null}
          <div className="row">
            <Link className="button button-secondary button-small" href={`/review/${report.id}/correct`}>{t("correct")}</Link>
            <Link href="/review">{t("backToQueue")}</Link>
          </div>
        </div>
      ) : null}
      {report.reviewState === "DRAFT" ? <p className="alert alert-info">{t("draft")}</p> : null}
    </div>
  );
}
