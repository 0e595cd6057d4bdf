import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { listUsers } from "@/lib/users/queries";

export default async function UsersPage() {
  await requireUser(["ADMIN"]);
  const [t, format, locale, users] = await Promise.all([getTranslations(), getFormatter(), getLocale(), listUsers()]);
  return (
    <>
      <div className="page-header">
        <h1>{t("admin.usersTitle")}</h1>
      </div>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.name")}</th>
              <th scope="col">{t("admin.email")}</th>
              <th scope="col">{t("common.role")}</th>
              <th scope="col">{t("common.region")}</th>
              <th scope="col">{t("admin.status")}</th>
              <th scope="col">{t("admin.lastLogin")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>{t(`enums.role.${u.role}`)}</td>
                <td>{u.region ? bilingualName(u.region, locale) : t("common.allRegions")}</td>
                <td>
                  <span className={`badge ${u.active ? "badge-success" : "badge-warning"}`}>{u.active ? t("admin.active") : t("admin.inactive")}</span>
                </td>
                <td className="nowrap">{u.lastLoginAt ? format.dateTime(u.lastLoginAt, "dateTime") : t("admin.never")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
