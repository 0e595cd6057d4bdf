"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useSignOutPrompt } from "@/components/offline/sign-out-prompt";
import { ActionError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { signOutEverywhere } from "@/lib/auth/actions";

/**
 * Ends every session of the account on the server (a lost phone, a borrowed computer), then signs this
 * browser out as the sign-out button does (with its question about what this device keeps).
 */
export function SignOutEverywhere({ userId }: { userId: number }) {
  const t = useTranslations("account");
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);

  // The same question as the sign-out button (unsent changes, reports kept on this device) before anything ends.
  const { request, prompt } = useSignOutPrompt(userId, async () => {
    setPending(true);
    const outcome = await signOutEverywhere({});
    setResult(outcome);
    if (!outcome.ok) setPending(false);
    return outcome.ok;
  });

  return (
    <section className="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t("sessionsTitle")}</h2>
      <p className="muted">{t("sessionsIntro")}</p>
      <div aria-live="assertive">
        <ActionError result={result} />
      </div>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={() => void request()} disabled={pending} aria-disabled={pending}>
          {pending ? t("signingOutEverywhere") : t("signOutEverywhere")}
        </button>
      </div>
      {prompt}
    </section>
  );
}
