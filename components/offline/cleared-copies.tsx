"use client";

import { useTranslations } from "next-intl";
import type { ClearedCopy } from "@/lib/offline/stale-copies";

/** Device copies just cleared because their report can no longer be changed, each with why. */
export function ClearedCopies({ cleared }: { cleared: ClearedCopy[] }) {
  const t = useTranslations("offline.stale");
  if (!cleared.length) return null;
  return (
    <div className="alert alert-warning" role="alert">
      <ul>
        {cleared.map((copy) => (
          <li key={copy.hearingId}>{t(`cleared.${copy.reason}`, { caseNumber: copy.caseNumber })}</li>
        ))}
      </ul>
    </div>
  );
}
