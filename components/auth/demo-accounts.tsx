import { getTranslations } from "next-intl/server";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/users/demo-accounts";

/** Shown on the sign-in page only while the installation holds demo data. */
export async function DemoAccounts() {
  const t = await getTranslations();
  return (
    <section className="card demo-accounts" aria-labelledby="demo-title">
      <h2 id="demo-title">{t("auth.demoTitle")}</h2>
      <p className="small">{t("auth.demoIntro", { password: DEMO_PASSWORD })}</p>
      <ul>
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.email}>
            <code>{account.email}</code>
            <span className="muted small">{t(`enums.role.${account.role}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
