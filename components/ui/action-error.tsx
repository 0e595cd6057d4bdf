"use client";

import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/action-result";
import { translateMessage } from "@/lib/validation/translate-message";

/** The alert a form shows when its server action failed; announced to screen readers. */
export function ActionError({ result }: { result: ActionResult<unknown> | null | undefined }) {
  const t = useTranslations();
  if (!result || result.ok) return null;
  return (
    <p className="alert alert-danger" role="alert">
      {translateMessage(t, result.message)}
    </p>
  );
}

/** The message under a field, from react-hook-form's error or the action's field errors. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const t = useTranslations();
  if (!message) return null;
  return (
    <span id={id} className="error">
      {translateMessage(t, message)}
    </span>
  );
}
