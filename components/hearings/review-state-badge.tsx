import { useTranslations } from "next-intl";
import type { ReviewState } from "@/lib/generated/prisma/enums";

const TONE: Record<ReviewState, string> = {
  DRAFT: "badge-info",
  RETURNED: "badge-warning",
  SUBMITTED: "",
  APPROVED: "badge-success",
};

export function ReviewStateBadge({ state }: { state: ReviewState }) {
  const t = useTranslations("enums.reviewState");
  return <span className={`badge ${TONE[state]}`}>{t(state)}</span>;
}
