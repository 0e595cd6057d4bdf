"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { MAX_COMMENT } from "@/lib/review/schema";

interface QuestionCommentBoxProps {
  code: string;
  /** Null: no comment started on this question. */
  value: string | null;
  onChange: (value: string | null) => void;
}

export const commentBoxId = (code: string) => `review-comment-${code}`;

/**
 * The reviewer's comment on one question, under its answer: a button opens the box (and focuses it);
 * removing the comment gives the focus back to the button.
 */
export function QuestionCommentBox({ code, value, onChange }: QuestionCommentBoxProps) {
  const t = useTranslations("review.comment");
  const area = useRef<HTMLTextAreaElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const open = value !== null;
  const wasOpen = useRef(open);
  useEffect(() => {
    if (open && !wasOpen.current) area.current?.focus();
    if (!open && wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const id = commentBoxId(code);
  if (!open) {
    return (
      <button ref={button} type="button" className="button button-small button-secondary comment-toggle" onClick={() => onChange("")}>
        {t("add")}
      </button>
    );
  }
  return (
    <div className="field review-comment-box">
      <label htmlFor={id}>{t("label")}</label>
      <textarea ref={area} id={id} value={value} maxLength={MAX_COMMENT} rows={3} aria-describedby={`view-question-${code}`}
        onChange={(e) => onChange(e.target.value)} />
      <div>
        <button type="button" className="button-link small" onClick={() => onChange(null)}>{t("remove")}</button>
      </div>
    </div>
  );
}
