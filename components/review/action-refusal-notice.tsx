import { useTranslations } from "next-intl";
import type { ReviewState } from "@/lib/generated/prisma/enums";
import type { ReviewMove } from "@/lib/review/transitions";

/** Said on a page opened for a move the report's state does not allow (e.g. correcting a draft). */
export function ActionRefusalNotice({ move, state }: { move: ReviewMove; state: ReviewState }) {
  const t = useTranslations();
  return (
    <p className="alert alert-warning">
      {t("review.refusals.invalidMove", { state: t(`enums.reviewState.${state}`), move: t(`review.refusals.moves.${move}`) })}
    </p>
  );
}
