"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { signOutEverywhere } from "@/lib/auth/actions";

/**
 * Ends every session of the account on the server (a lost phone, a borrowed computer), then signs this
 * browser out as the sign-out button does.
 */
export function SignOutEverywhere() {
  const t = useTranslations("account");
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);

  async function onClick() {
    setPending(true);
    const outcome = await signOutEverywhere({});
    setResult(outcome);
    if (outcome.ok) await signOut({ callbackUrl: "/login" });
    else setPending(false);
  }

  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t("sessionsTitle")}</h2>
      <p className="muted">{t("sessionsIntro")}</p>
      <div aria-live="assertive">
        <ActionError result={result} />
      </div>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={onClick} disabled={pending} aria-disabled={pending}>
          {pending ? t("signingOutEverywhere") : t("signOutEverywhere")}
        </button>
      </div>
    </section>
  );
}
