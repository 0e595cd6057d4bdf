"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ActionError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import type { ReviewState } from "@/lib/generated/prisma/enums";
import type { ReviewMove } from "@/lib/review/transitions";

type Reason = "invalidMove" | "stale" | "nothingChanged" | "hearingNotReviewed" | "alreadyClosed" | "alreadyOpen" | "notSent";
const REASONS: readonly Reason[] = ["invalidMove", "stale", "nothingChanged", "hearingNotReviewed", "alreadyClosed", "alreadyOpen", "notSent"];

interface RefusalDetails {
  reason?: unknown;
  move?: ReviewMove;
  state?: ReviewState;
}

/**
 * The alert for a refused review, finding or intervention action: the precise reason when the domain gave
 * one (a move from the wrong state, a stale version, ...), else the error code's message. A stale record
 * offers to reload.
 */
export function ActionRefusal({ result }: { result: ActionResult<unknown> | null | undefined }) {
  const t = useTranslations();
  const router = useRouter();
  if (!result || result.ok) return null;
  const details = (result.details ?? {}) as RefusalDetails;
  const reason = REASONS.find((r) => r === details.reason);
  if (!reason) return <ActionError result={result} />;
  const text = reason === "invalidMove" && details.move && details.state
    ? t("review.refusals.invalidMove", { state: t(`enums.reviewState.${details.state}`), move: t(`review.refusals.moves.${details.move}`) })
    : reason === "invalidMove" ? t("errors.INVALID_STATE") : t(`review.refusals.${reason}`);
  return (
    <div className="alert alert-danger" role="alert">
      <p>{text}</p>
      {reason === "stale" ? (
        <button type="button" className="button button-small button-secondary" onClick={() => router.refresh()}>{t("review.refusals.reload")}</button>
      ) : null}
    </div>
  );
}
