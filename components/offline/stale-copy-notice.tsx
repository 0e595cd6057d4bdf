"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { removeDraftsOf } from "@/lib/offline/draft-store";
import { reasonOf, takeClosed, type ClearedCopy } from "@/lib/offline/stale-copies";

/**
 * On a report that can no longer be changed here: clears any copy this device still keeps of it (changes made
 * offline before it was submitted elsewhere or approved) and says why, rather than promising forever to
 * send them.
 */
export function StaleCopyNotice({ hearingId, reviewState }: { hearingId: number; reviewState: string }) {
  const t = useTranslations("offline.stale");
  const [cleared, setCleared] = useState<ClearedCopy["reason"] | null>(null);
  useEffect(() => {
    const closedJustNow = takeClosed(hearingId);
    void removeDraftsOf(hearingId).then((count) => {
      if (count || closedJustNow) setCleared(reasonOf(reviewState));
    });
  }, [hearingId, reviewState]);
  return <div aria-live="polite">{cleared ? <p className="alert alert-warning" role="alert">{t(`thisReport.${cleared}`)}</p> : null}</div>;
}
