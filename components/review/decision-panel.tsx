"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useHydrated } from "@/components/admin/use-hydrated";
import { FieldError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { localized, type ChecklistQuestionView } from "@/lib/checklists/question-view";
import { approveReportAction, returnReportAction } from "@/lib/review/actions";
import { MAX_COMMENT } from "@/lib/review/schema";
import { ActionRefusal } from "./action-refusal";
import { commentBoxId } from "./question-comment-box";

interface DecisionPanelProps {
  hearingId: number;
  version: number;
  questions: ChecklistQuestionView[];
  /** The comments written beside questions, by code (empty ones are not sent). */
  questionComments: Record<string, string>;
  onDecided: () => void;
}

/**
 * Return with comments, or approve (after a confirmation). Both send the version the reviewer read, so a
 * report that changed meanwhile is refused rather than decided blind.
 */
export function DecisionPanel({ hearingId, version, questions, questionComments, onDecided }: DecisionPanelProps) {
  const t = useTranslations("review.decision");
  const locale = useLocale();
  const router = useRouter();
  const hydrated = useHydrated();
  const [general, setGeneral] = useState("");
  const [pending, setPending] = useState<"return" | "approve" | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const written = Object.entries(questionComments).filter(([, body]) => body.trim());
  const questionText = (code: string) => {
    const question = questions.find((q) => q.code === code);
    return question ? localized(question.text, locale) : code;
  };
  const generalError = !result || result.ok ? undefined : result.fieldErrors?.general?.[0];

  async function decide(kind: "return" | "approve") {
    setPending(kind);
    setResult(null);
    try {
      const outcome = kind === "return"
        ? await returnReportAction({ hearingId, baseVersion: version, general, questions: written.map(([code, body]) => ({ code, body })) })
        : await approveReportAction({ hearingId, baseVersion: version });
      setResult(outcome);
      if (outcome.ok) {
        // The page, drawn again for the report's new state, says what happened.
        onDecided();
        router.refresh();
      }
    } finally {
      setPending(null);
      setConfirming(false);
    }
  }

  return (
    <section className="card decision-panel" id="decision" aria-labelledby="decision-title" tabIndex={-1}>
      <h2 id="decision-title">{t("title")}</h2>
      <p className="hint">{t("explain")}</p>
      <div aria-live="assertive">
        <ActionRefusal result={result} />
      </div>
      <fieldset className="decision-option" disabled={!hydrated || pending !== null}>
        <legend>{t("returnTitle")}</legend>
        <p className="small">{t("questionComments", { count: written.length })}</p>
        {written.length ? (
          <ul className="decision-comments">
            {written.map(([code, body]) => (
              <li key={code}>
                <strong>{questionText(code)}</strong>: {body}{" "}
                <a href={`#${commentBoxId(code)}`} className="small">{t("editComment")}</a>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="field">
          <label htmlFor="review-general">{t("general")}</label>
          <span className="hint" id="review-general-hint">{t("generalHint")}</span>
          <textarea id="review-general" value={general} maxLength={MAX_COMMENT} rows={4} onChange={(e) => setGeneral(e.target.value)}
            aria-invalid={!!generalError} aria-describedby={["review-general-hint", generalError ? "review-general-error" : null].filter(Boolean).join(" ")} />
          <FieldError id="review-general-error" message={generalError} />
        </div>
        <button type="button" className="button" onClick={() => decide("return")}>
          {pending === "return" ? t("returning") : t("return")}
        </button>
      </fieldset>
      <fieldset className="decision-option" disabled={!hydrated || pending !== null}>
        <legend>{t("approveTitle")}</legend>
        <p className="hint">{t("approveHint")}</p>
        {written.length ? <p className="alert alert-warning small">{t("unsentComments")}</p> : null}
        {confirming ? (
          <div className="form-actions">
            <button ref={confirmButton} type="button" className="button" onClick={() => decide("approve")}>
              {pending === "approve" ? t("approving") : t("confirmApprove")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>{t("cancel")}</button>
          </div>
        ) : (
          <button type="button" className="button" onClick={() => setConfirming(true)}>{t("approve")}</button>
        )}
      </fieldset>
    </section>
  );
}
