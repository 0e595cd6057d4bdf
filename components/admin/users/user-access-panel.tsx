"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { deactivateUser, reactivateUser, resetPassword } from "@/lib/users/actions";
import { ConfirmActionButton } from "../confirm-action-button";
import { OneTimeSecret } from "../one-time-secret";

/** Deactivate or reactivate an account, and reset its password (the temporary one is shown once). */
export function UserAccessPanel({ userId, active }: { userId: number; active: boolean }) {
  const t = useTranslations("admin.users");
  // Deactivating turns this button into "Reactivate" once the page refreshes: the outcome is kept here.
  const [changed, setChanged] = useState<"deactivated" | "reactivated" | null>(null);
  return (
    <section className="card stack" aria-labelledby="access-title">
      <h2 id="access-title">{t("accessTitle")}</h2>
      {active ? (
        <ConfirmActionButton key="deactivate" label={t("deactivate")} hint={t("deactivateHint")} danger run={() => deactivateUser({ userId })}
          onSuccess={() => setChanged("deactivated")} />
      ) : (
        <ConfirmActionButton key="reactivate" label={t("reactivate")} hint={t("reactivateHint")} run={() => reactivateUser({ userId })}
          onSuccess={() => setChanged("reactivated")} />
      )}
      <div aria-live="polite">{changed ? <p role="status" className="alert alert-success">{t(changed)}</p> : null}</div>
      <ConfirmActionButton label={t("resetPassword")} hint={t("resetHint")} run={() => resetPassword({ userId })}
        done={(data) => (
          <div className="alert alert-success">
            <p role="status">{t("passwordReset", { email: data.email })}</p>
            <OneTimeSecret label={t("temporaryPassword")} value={data.temporaryPassword} />
          </div>
        )} />
    </section>
  );
}
