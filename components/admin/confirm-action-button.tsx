"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { AdminActionError } from "./admin-action-error";
import { useHydrated } from "./use-hydrated";

interface ConfirmActionButtonProps<T> {
  label: string;
  /** What the action does, read before confirming. */
  hint?: string;
  danger?: boolean;
  run: () => Promise<ActionResult<T>>;
  /** Shown after success; the page is refreshed either way. */
  done?: (data: T) => React.ReactNode;
  /** Told of success, for a message that must outlive this button (the refresh may replace it). */
  onSuccess?: (data: T) => void;
}

/**
 * A button for a consequential action, asking for confirmation in place (no browser dialog, so it is
 * keyboard- and screen-reader-friendly), then reporting the outcome in a live region.
 */
export function ConfirmActionButton<T>({ label, hint, danger, run, done, onSuccess }: ConfirmActionButtonProps<T>) {
  const t = useTranslations("common");
  const tAdmin = useTranslations("admin");
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();

  const confirm = () =>
    startTransition(async () => {
      const outcome = await run();
      setResult(outcome);
      setAsking(false);
      if (outcome.ok) {
        onSuccess?.(outcome.data);
        router.refresh();
      }
    });

  return (
    <div className="confirm-action">
      {hint ? <p className="small muted">{hint}</p> : null}
      {asking ? (
        <div className="row" role="group" aria-label={label}>
          <span className="small">{tAdmin("areYouSure")}</span>
          <button type="button" className={`button button-small${danger ? " button-danger" : ""}`} onClick={confirm} disabled={pending} autoFocus>
            {tAdmin("confirm")}: {label}
          </button>
          <button type="button" className="button button-secondary button-small" onClick={() => setAsking(false)} disabled={pending}>
            {t("cancel")}
          </button>
        </div>
      ) : (
        <button type="button" className={`button button-small${danger ? " button-danger" : " button-secondary"}`} onClick={() => { setResult(null); setAsking(true); }} disabled={!hydrated}>
          {label}
        </button>
      )}
      <div aria-live="polite">
        {result?.ok && done ? done(result.data) : null}
        <AdminActionError result={result} />
      </div>
    </div>
  );
}
