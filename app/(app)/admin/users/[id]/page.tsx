import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { UserAccessPanel } from "@/components/admin/users/user-access-panel";
import { UserForm } from "@/components/admin/users/user-form";
import { AuditHistory } from "@/components/admin/audit-history";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { regionOptions } from "@/lib/courts/region-queries";
import { getUserAccount, userHistory } from "@/lib/users/queries";
import { recordId } from "@/lib/validation/record-id";

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireUser(["ADMIN"]);
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const [t, format, locale, account, regions, history] = await Promise.all([
    getTranslations(), getFormatter(), getLocale(), getUserAccount(id.data), regionOptions(), userHistory(id.data),
  ]);
  if (!account) notFound();
  return (
    <>
      <p><Link href="/admin/users">{t("admin.usersTitle")}</Link></p>
      <div className="page-header">
        <h1>{account.name}{account.id === admin.id ? ` (${t("admin.users.you")})` : ""}</h1>
        <span className="row">
          <span className={`badge ${account.active ? "badge-success" : "badge-warning"}`}>{account.active ? t("admin.active") : t("admin.inactive")}</span>
          {account.mustChangePassword ? <span className="badge badge-info">{t("admin.users.mustChangePassword")}</span> : null}
        </span>
      </div>
      <dl className="facts card">
        <div><dt>{t("admin.email")}</dt><dd>{account.email}</dd></div>
        <div><dt>{t("common.role")}</dt><dd>{t(`enums.role.${account.role}`)}</dd></div>
        <div><dt>{t("common.region")}</dt><dd>{account.region ? bilingualName(account.region, locale) : t("common.allRegions")}</dd></div>
        <div><dt>{t("admin.lastLogin")}</dt><dd>{account.lastLoginAt ? format.dateTime(account.lastLoginAt, "dateTime") : t("admin.never")}</dd></div>
        <div><dt>{t("admin.created")}</dt><dd>{format.dateTime(account.createdAt, "dateTime")}</dd></div>
      </dl>
      <div className="admin-columns">
        <section aria-labelledby="account-title">
          <h2 id="account-title">{t("admin.users.editTitle")}</h2>
          <UserForm regions={regions.map((r) => ({ id: r.id, label: bilingualName(r, locale) }))}
            account={{ id: account.id, email: account.email, name: account.name, role: account.role, regionId: account.regionId, locale: account.locale }} />
        </section>
        <UserAccessPanel userId={account.id} active={account.active} />
      </div>
      <AuditHistory entries={history} />
    </>
  );
}
