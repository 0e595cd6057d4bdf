import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CourtFilters } from "@/components/admin/courts/court-filters";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { searchCourts } from "@/lib/courts/queries";
import { regionOptions } from "@/lib/courts/region-queries";
import { courtFiltersSchema } from "@/lib/courts/schema";
import { parseSearchParams, toQueryString, type RawSearchParams } from "@/lib/search-params";

export default async function CourtsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireUser(["ADMIN"]);
  const filters = parseSearchParams(courtFiltersSchema, await searchParams);
  const [t, format, locale, courts, regions] = await Promise.all([getTranslations(), getFormatter(), getLocale(), searchCourts(filters), regionOptions()]);
  const baseQuery = new URLSearchParams(toQueryString({ q: filters.q, region: filters.region, kind: filters.kind, status: filters.status }).slice(1));
  return (
    <>
      <div className="page-header">
        <h1>{t("adminCourts.title")}</h1>
        <span className="row">
          <Link className="button button-secondary" href="/admin/regions">{t("adminCourts.regionsLink")}</Link>
          <Link className="button" href="/admin/courts/new">{t("adminCourts.newCourt")}</Link>
        </span>
      </div>
      <p className="muted">{t("adminCourts.intro")}</p>
      <CourtFilters filters={filters} regions={regions.map((r) => ({ id: r.id, label: bilingualName(r, locale) }))} />
      {courts.items.length === 0 ? (
        <p className="muted">{t("adminCourts.notFound")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("adminCourts.code")}</th>
                <th scope="col">{t("admin.name")}</th>
                <th scope="col">{t("adminCourts.kind")}</th>
                <th scope="col">{t("adminCourts.parent")}</th>
                <th scope="col">{t("adminCourts.region")}</th>
                <th scope="col" className="num">{t("adminCourts.hearings")}</th>
                <th scope="col">{t("admin.status")}</th>
              </tr>
            </thead>
            <tbody>
              {courts.items.map((court) => (
                <tr key={court.id}>
                  <td className="nowrap">{court.code}</td>
                  <td><Link href={`/admin/courts/${court.id}`}>{bilingualName(court, locale)}</Link></td>
                  <td>{t(`enums.courtKind.${court.kind}`)}</td>
                  <td>{court.parent ? bilingualName(court.parent, locale) : ""}</td>
                  <td>{bilingualName(court.region, locale)}</td>
                  <td className="num">{format.number(court._count.hearings)}</td>
                  <td>
                    {court.retiredAt ? (
                      <span className="badge badge-warning">
                        {court.mergedInto ? t("adminCourts.mergedInto", { court: bilingualName(court.mergedInto, locale) }) : t("adminCourts.retired")}
                      </span>
                    ) : <span className="badge badge-success">{t("adminCourts.active")}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={courts.page} size={courts.size} total={courts.total} path="/admin/courts" baseQuery={baseQuery} />
    </>
  );
}
