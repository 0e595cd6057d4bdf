import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("passwordTitle") };
}

export default async function ChangePasswordPage() {
  const user = await requireUser(undefined, { allowPendingPasswordChange: true });
  const t = await getTranslations("account");
  return (
    <div className="narrow">
      <div className="page-header">
        <h1>{t("passwordTitle")}</h1>
      </div>
      <p className={user.mustChangePassword ? "alert alert-warning" : "muted"}>{user.mustChangePassword ? t("mustChangeIntro") : t("intro")}</p>
      <ChangePasswordForm email={user.email} temporary={user.mustChangePassword} />
      <SignOutEverywhere userId={user.id} />
    </div>
  );
}
