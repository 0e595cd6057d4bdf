"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { moveQuestion, removeQuestion } from "@/lib/checklists/editor/actions";
import { AdminActionError } from "../admin-action-error";
import { useHydrated } from "../use-hydrated";

/** Edit, move up or down, or remove one question of a draft. */
export function QuestionRowActions({ questionId, code, versionId, first, last }: { questionId: number; code: string; versionId: number; first: boolean; last: boolean }) {
  const t = useTranslations("adminChecklists");
  const tAdmin = useTranslations("admin");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);

  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const outcome = await action();
      setResult(outcome.ok ? null : outcome);
      setConfirming(false);
      if (outcome.ok) router.refresh();
    });

  return (
    <div className="row question-actions">
      <Link className="button button-secondary button-small" href={`/admin/checklists/versions/${versionId}/questions/${questionId}`} aria-label={t("editQuestion", { code })}>
        {t("edit")}
      </Link>
      <button type="button" className="button button-secondary button-small" disabled={!hydrated || pending || first} aria-label={t("moveUp", { code })}
        onClick={() => run(() => moveQuestion({ questionId, direction: "up" }))}>↑</button>
      <button type="button" className="button button-secondary button-small" disabled={!hydrated || pending || last} aria-label={t("moveDown", { code })}
        onClick={() => run(() => moveQuestion({ questionId, direction: "down" }))}>↓</button>
      {confirming ? (
        <>
          <button type="button" className="button button-danger button-small" disabled={pending} autoFocus onClick={() => run(() => removeQuestion({ questionId }))}>
            {tAdmin("confirm")}: {t("remove", { code })}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(false)}>{tCommon("cancel")}</button>
        </>
      ) : (
        <button type="button" className="button button-secondary button-small" title={t("removeHint")} aria-label={t("remove", { code })} disabled={!hydrated} onClick={() => setConfirming(true)}>✕</button>
      )}
      <div aria-live="polite"><AdminActionError result={result} /></div>
    </div>
  );
}
