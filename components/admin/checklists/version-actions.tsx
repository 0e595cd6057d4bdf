"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { createDraft, discardDraft, publishVersion } from "@/lib/checklists/editor/actions";
import { AdminActionError } from "../admin-action-error";
import { ConfirmActionButton } from "../confirm-action-button";

/** Starts the next version as a draft copy of the current one and opens it. */
export function NewDraftButton({ templateId, fromNumber }: { templateId: number; fromNumber: number }) {
  const t = useTranslations("adminChecklists");
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const start = () =>
    startTransition(async () => {
      const outcome = await createDraft({ templateId });
      setResult(outcome);
      if (outcome.ok) router.push(`/admin/checklists/versions/${outcome.data.id}`);
    });
  return (
    <div>
      <button type="button" className="button" onClick={start} disabled={pending}>{t("newDraft", { number: fromNumber })}</button>
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
      <ConfirmActionButton label={t("publish", { number })} hint={t("publishHint")} run={() => publishVersion({ versionId })}
        done={() => <p role="status" className="alert alert-success">{t("publishedDone", { number })}</p>} />
      <ConfirmActionButton label={t("discard")} hint={t("discardHint")} danger
        run={async () => {
          const result = await discardDraft({ versionId });
          if (result.ok) router.push(`/admin/checklists#template-${templateId}`);
          return result;
        }} />
    </div>
  );
}
