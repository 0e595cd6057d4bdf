"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { createDraft, discardDraft, publishVersion } from "@/lib/checklists/editor/actions";
import { AdminActionError } from "../admin-action-error";
import { ConfirmActionButton } from "../confirm-action-button";
import { useHydrated } from "../use-hydrated";

/** Starts the next version as a draft copy of the current one and opens it. */
export function NewDraftButton({ templateId, fromNumber }: { templateId: number; fromNumber: number }) {
  const t = useTranslations("adminChecklists");
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const start = () =>
    startTransition(async () => {
      const outcome = await createDraft({ templateId });
      setResult(outcome);
      if (outcome.ok) router.push(`/admin/checklists/versions/${outcome.data.id}`);
    });
  return (
    <div>
      <button type="button" className="button" onClick={start} disabled={!hydrated || pending}>{t("newDraft", { number: fromNumber })}</button>
      <div aria-live="polite"><AdminActionError result={result} /></div>
    </div>
  );
}

/** Publish or discard a draft. */
export function DraftActions({ versionId, number, templateId }: { versionId: number; number: number; templateId: number }) {
  const t = useTranslations("adminChecklists");
  const router = useRouter();
  return (
    <div className="stack">
      <ConfirmActionButton label={t("publish", { number })} hint={t("publishHint")}
        run={async () => {
          const result = await publishVersion({ versionId });
          // The page turns read-only; the query string keeps the confirmation on it.
          if (result.ok) router.replace(`/admin/checklists/versions/${versionId}?published=1`);
          return result;
        }} />
      <ConfirmActionButton label={t("discard")} hint={t("discardHint")} danger
        run={async () => {
          const result = await discardDraft({ versionId });
          if (result.ok) router.push(`/admin/checklists#template-${templateId}`);
          return result;
        }} />
    </div>
  );
}
