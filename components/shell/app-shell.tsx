import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { navItemsFor } from "@/lib/navigation";
import { navBadges } from "@/lib/notifications/badge-queries";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";
import { SignOutButton } from "./sign-out-button";

/** The frame of every signed-in page: skip link, header with the role's sections, language and sign-out. */
export async function AppShell({ user, children }: { user: SessionUser; children: React.ReactNode }) {
  const [t, badges] = await Promise.all([getTranslations(), navBadges(user)]);
  const items = navItemsFor(user.role).map((item) => {
    const count = item.badge ? badges[item.badge] : undefined;
    return {
      href: item.href,
      label: t(`nav.${item.label}`),
      badge: count || undefined,
      badgeLabel: item.badge && count ? t(`nav.badges.${item.badge}`, { count }) : undefined,
    };
  });
  const waiting = items.reduce((sum, item) => sum + (item.badge ?? 0), 0);
  return (
    <>
      <a className="skip-link" href="#main">
        {t("common.skipToContent")}
      </a>
      <header className="app-header">
        <Link className="brand" href="/">
          {t("common.appName")}
        </Link>
        <details className="nav-toggle">
          <summary>
            {t("nav.menu")}
            {waiting ? (
              <>
                <span className="count-badge" aria-hidden="true">{waiting}</span>
                <span className="visually-hidden">{t("nav.badges.total", { count: waiting })}</span>
              </>
            ) : null}
          </summary>
        </details>
        <MainNav label={t("nav.mainNavigation")} items={items} />
        <div className="header-tools">
          <Link className="small" href="/account/password" title={t("account.passwordTitle")}>
            {t("common.signedInAs", { name: user.name })} · {t(`enums.role.${user.role}`)}
          </Link>
          <LanguageSwitcher current={user.locale} />
          <SignOutButton label={t("auth.signOut")} userId={user.id} />
        </div>
      </header>
      <main className="app-main" id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
