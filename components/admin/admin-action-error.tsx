"use client";

import { useTranslations } from "next-intl";
import { ActionError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import en from "@/lib/i18n/messages/en/admin.json";

type Reason = keyof typeof en.reasons;

function reasonOf(result: ActionResult<unknown>): Reason | null {
  if (result.ok) return null;
  const reason = (result.details as { reason?: unknown } | undefined)?.reason;
  return typeof reason === "string" && reason in en.reasons ? (reason as Reason) : null;
}

/**
 * The alert for a failed admin action: the precise reason when the domain gave one (the last admin, a
 * published version, ...), else the error code's message.
 */
export function AdminActionError({ result }: { result: ActionResult<unknown> | null | undefined }) {
  const t = useTranslations("admin.reasons");
  if (!result || result.ok) return null;
  const reason = reasonOf(result);
  if (!reason) return <ActionError result={result} />;
  return (
    <p className="alert alert-danger" role="alert">
      {t(reason)}
    </p>
  );
}
