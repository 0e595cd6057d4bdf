"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

export type SubmitProblem = "incomplete" | "offline" | "invalid" | "failed" | null;

interface SubmitPanelProps {
  missing: number;
  submitting: boolean;
  problem: SubmitProblem;
  progressId: string;
  onSubmit: () => void;
}

/**
 * Submitting is final for the monitor until an analyst returns the report: the first press asks to confirm,
 * and what is missing is named before anything is sent.
 */
export function SubmitPanel({ missing, submitting, problem, progressId, onSubmit }: SubmitPanelProps) {
  const t = useTranslations("report.submit");
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const start = () => {
    if (missing > 0) {
      const progress = document.getElementById(progressId);
      const list = progress?.querySelector("details");
      list?.setAttribute("open", "");
      // The list itself comes into view (below the pinned status bar), not just the box around it.
      (list ?? progress)?.scrollIntoView({ block: "start" });
      progress?.focus({ preventScroll: true });
      setConfirming(false);
      return;
    }
    setConfirming(true);
  };

  return (
    <section className="card submit-panel" aria-labelledby="submit-title">
      <h2 id="submit-title">{t("title")}</h2>
      <p className="hint">{t("explain")}</p>
      <div aria-live="assertive">
        {missing > 0 ? <p className="alert alert-warning">{t("stillMissing", { count: missing })}</p> : null}
        {problem && problem !== "incomplete" ? <p className="alert alert-danger" role="alert">{t(`problems.${problem}`)}</p> : null}
      </div>
      {confirming && missing === 0 ? (
        <div className="form-actions">
          <button ref={confirmButton} type="button" className="button" disabled={submitting} onClick={onSubmit}>
            {submitting ? t("submitting") : t("confirm")}
          </button>
          <button type="button" className="button button-secondary" disabled={submitting} onClick={() => setConfirming(false)}>{t("cancel")}</button>
        </div>
      ) : (
        <div className="form-actions">
          <button type="button" className="button" onClick={start}>{t("submit")}</button>
        </div>
      )}
    </section>
  );
}
