import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { UserFilters } from "@/components/admin/users/user-filters";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { regionOptions } from "@/lib/courts/region-queries";
import { parseSearchParams, toQueryString, type RawSearchParams } from "@/lib/search-params";
import { userFiltersSchema } from "@/lib/users/schema";
import { searchUsers } from "@/lib/users/queries";

export default async function UsersPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireUser(["ADMIN"]);
  const filters = parseSearchParams(userFiltersSchema, await searchParams);
  const [t, format, locale, users, regions] = await Promise.all([getTranslations(), getFormatter(), getLocale(), searchUsers(filters), regionOptions()]);
  const regionLabels = regions.map((r) => ({ id: r.id, label: bilingualName(r, locale) }));
  const baseQuery = new URLSearchParams(toQueryString({ q: filters.q, role: filters.role, region: filters.region, status: filters.status }).slice(1));
  return (
    <>
      <div className="page-header">
        <h1>{t("admin.usersTitle")}</h1>
        <Link className="button" href="/admin/users/new">{t("admin.users.newUser")}</Link>
      </div>
      <UserFilters filters={filters} regions={regionLabels} />
      {users.items.length === 0 ? (
        <p className="muted">{t("admin.users.notFound")}</p>
      ) : (
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
              {users.items.map((u) => (
                <tr key={u.id}>
                  <td><Link href={`/admin/users/${u.id}`}>{u.name}</Link></td>
                  <td>{u.email}</td>
                  <td>{t(`enums.role.${u.role}`)}</td>
                  <td>{u.region ? bilingualName(u.region, locale) : t("common.allRegions")}</td>
                  <td>
                    <span className={`badge ${u.active ? "badge-success" : "badge-warning"}`}>{u.active ? t("admin.active") : t("admin.inactive")}</span>
                    {u.mustChangePassword && u.active ? <> <span className="badge badge-info">{t("admin.users.mustChangePassword")}</span></> : null}
                  </td>
                  <td className="nowrap">{u.lastLoginAt ? format.dateTime(u.lastLoginAt, "dateTime") : t("admin.never")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={users.page} size={users.size} total={users.total} path="/admin/users" baseQuery={baseQuery} />
    </>
  );
}
