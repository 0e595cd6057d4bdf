import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { UserForm } from "@/components/admin/users/user-form";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { regionOptions } from "@/lib/courts/region-queries";

export default async function NewUserPage() {
  await requireUser(["ADMIN"]);
  const [t, locale, regions] = await Promise.all([getTranslations(), getLocale(), regionOptions()]);
  return (
    <>
      <p><Link href="/admin/users">{t("admin.usersTitle")}</Link></p>
      <div className="page-header">
        <h1>{t("admin.users.newTitle")}</h1>
      </div>
      <p className="muted">{t("admin.users.newIntro")}</p>
      <div className="narrow">
        <UserForm regions={regions.map((r) => ({ id: r.id, label: bilingualName(r, locale) }))} />
      </div>
    </>
  );
}
