"use client";

import { useTranslations } from "next-intl";
import { deactivateUser, reactivateUser, resetPassword } from "@/lib/users/actions";
import { ConfirmActionButton } from "../confirm-action-button";
import { OneTimeSecret } from "../one-time-secret";

/** Deactivate or reactivate an account, and reset its password (the temporary one is shown once). */
export function UserAccessPanel({ userId, active }: { userId: number; active: boolean }) {
  const t = useTranslations("admin.users");
  return (
    <section className="card stack" aria-labelledby="access-title">
      <h2 id="access-title">{t("accessTitle")}</h2>
      {active ? (
        <ConfirmActionButton label={t("deactivate")} hint={t("deactivateHint")} danger run={() => deactivateUser({ userId })}
          done={() => <p role="status" className="alert alert-success">{t("deactivated")}</p>} />
      ) : (
        <ConfirmActionButton label={t("reactivate")} hint={t("reactivateHint")} run={() => reactivateUser({ userId })}
          done={() => <p role="status" className="alert alert-success">{t("reactivated")}</p>} />
      )}
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
