"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useHydrated } from "@/components/admin/use-hydrated";
import { ActionRefusal } from "@/components/review/action-refusal";
import type { ActionResult } from "@/lib/actions/action-result";
import { setFindingStatusAction } from "@/lib/findings/actions";
import type { FindingStatus } from "@/lib/generated/prisma/enums";

/** Closes an open finding (after a confirmation) or reopens a closed one, at the version shown. */
export function FindingStatusButton({ findingId, version, status }: { findingId: number; version: number; status: FindingStatus }) {
  const t = useTranslations("findings.detail");
  const tc = useTranslations("common");
  const router = useRouter();
  const hydrated = useHydrated();
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const next: FindingStatus = status === "OPEN" ? "CLOSED" : "OPEN";
  const label = next === "CLOSED" ? t("close") : t("reopen");

  const run = () =>
    startTransition(async () => {
      const outcome = await setFindingStatusAction({ findingId, baseVersion: version, status: next });
      setResult(outcome);
      setAsking(false);
      if (outcome.ok) router.refresh();
    });

  return (
    <div className="confirm-action">
      {next === "CLOSED" ? <p className="small muted">{t("closeHint")}</p> : null}
      {asking ? (
        <div className="row" role="group" aria-label={label}>
          <button type="button" className="button button-small" onClick={run} disabled={pending} autoFocus>{t("confirm", { action: label })}</button>
          <button type="button" className="button button-secondary button-small" onClick={() => setAsking(false)} disabled={pending}>{tc("cancel")}</button>
        </div>
      ) : (
        <button type="button" className="button button-secondary button-small" disabled={!hydrated} onClick={() => { setResult(null); setAsking(true); }}>{label}</button>
      )}
      <div aria-live="assertive"><ActionRefusal result={result} /></div>
    </div>
  );
}
