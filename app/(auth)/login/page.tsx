import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { DemoAccounts } from "@/components/auth/demo-accounts";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitcher } from "@/components/shell/language-switcher";
import { ROLE_HOME } from "@/lib/auth/roles";
import { safeCallbackPath } from "@/lib/auth/safe-callback";
import { getCurrentUser } from "@/lib/auth/session";
import { appLocaleOf } from "@/lib/i18n/config";
import { isDemoInstallation } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getCurrentUser();
  const params = await searchParams;
  if (user) redirect(safeCallbackPath(params.callbackUrl) ?? ROLE_HOME[user.role]);
  const [t, locale, demo] = await Promise.all([getTranslations(), getLocale(), isDemoInstallation()]);
  return (
    <main className="auth-page" id="main">
      <div className="auth-panel">
        <div className="row" style={{ justifyContent: "space-between", marginBottom: "var(--space-3)" }}>
          <div>
            <p className="brand-title" style={{ fontWeight: 700, fontSize: "1.25rem" }}>{t("common.appName")}</p>
            <p className="muted small">{t("common.appTagline")}</p>
          </div>
          <LanguageSwitcher current={appLocaleOf(locale)} />
        </div>
        <div className="card">
          <h1>{t("auth.signInTitle")}</h1>
          <p className="muted">{t("auth.signInIntro")}</p>
          <SignInForm callbackUrl={safeCallbackPath(params.callbackUrl)} />
        </div>
        {demo ? <DemoAccounts /> : null}
      </div>
    </main>
  );
}
