import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listCases } from "@/lib/cases/queries";
import { caseListFiltersSchema } from "@/lib/cases/schema";
import { bilingualName } from "@/lib/courts/court-name";
import { parseSearchParams, toQueryString, type RawSearchParams } from "@/lib/search-params";

/** Cases in the user's scope, searchable by number. */
export default async function CasesPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser();
  const filters = parseSearchParams(caseListFiltersSchema, await searchParams);
  const [t, locale, page] = await Promise.all([getTranslations(), getLocale(), listCases(user, filters)]);
  const baseQuery = new URLSearchParams(toQueryString({ q: filters.q, court: filters.court }).slice(1));
  return (
    <>
      <div className="page-header">
        <h1>{t("cases.title")}</h1>
      </div>
      <form className="filters card" method="get" action="/cases" role="search" aria-label={t("cases.searchLabel")}>
        <div className="field">
          <label htmlFor="cases-q">{t("hearings.caseNumber")}</label>
          <input id="cases-q" name="q" type="search" defaultValue={filters.q} maxLength={60} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button">{t("common.search")}</button>
        </div>
      </form>
      {page.items.length ? (
        <ul className="hearing-list" aria-label={t("cases.title")}>
          {page.items.map((kase) => (
            <li key={kase.id} className="hearing-item">
              <div className="hearing-item-main">
                <Link className="hearing-item-title" href={`/cases/${kase.id}`}>{kase.caseNumber}</Link>
                <span className="small">{bilingualName(kase.court, locale)}</span>
              </div>
              <div className="hearing-item-meta small">
                <span>{t(`enums.caseCategory.${kase.category}`)} · {t(`enums.caseSubject.${kase.subject}`)}</span>
                <span>{t("cases.hearingTotal", { count: kase._count.hearings })}</span>
                <span className="badge">{t(`enums.caseStatus.${kase.status}`)}</span>
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("common.noResults")}</p>
      )}
      <Pagination page={page.page} size={page.size} total={page.total} path="/cases" baseQuery={baseQuery} />
    </>
  );
}
