import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReviewState } from "@/lib/generated/prisma/enums";

/** On a report's page, what a reviewer can do next with it, by its state. */
export function ReviewLinks({ hearingId, state }: { hearingId: number; state: ReviewState }) {
  const t = useTranslations("review.links");
  if (state !== "SUBMITTED" && state !== "APPROVED") return null;
  return (
    <nav className="row review-links no-print" aria-label={t("title")}>
      {state === "SUBMITTED" ? <Link className="button" href={`/review/${hearingId}`}>{t("review")}</Link> : null}
      {state === "APPROVED" ? <Link className="button button-secondary" href={`/review/${hearingId}/correct`}>{t("correct")}</Link> : null}
      <Link className="button button-secondary" href={`/findings/new?hearing=${hearingId}`}>{t("recordFinding")}</Link>
    </nav>
  );
}
