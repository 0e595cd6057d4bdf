import { getTranslations } from "next-intl/server";
import { FindingFilters } from "@/components/findings/finding-filters";
import { FindingList } from "@/components/findings/finding-list";
import { Pagination } from "@/components/ui/pagination";
import { READERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { findingFilterOptions } from "@/lib/findings/filter-options";
import { listFindings } from "@/lib/findings/queries";
import { findingListFiltersSchema } from "@/lib/findings/schema";
import { parseSearchParams, toQueryString, type RawSearchParams } from "@/lib/search-params";

export async function generateMetadata() {
  const t = await getTranslations("findings");
  return { title: t("title") };
}

/** Findings, filterable by standard, court, region, severity, status and period; each leads to its hearings. */
export default async function FindingsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser(READERS);
  const filters = parseSearchParams(findingListFiltersSchema, await searchParams);
  const [t, page, options] = await Promise.all([getTranslations("findings"), listFindings(filters), findingFilterOptions()]);
  const { page: _page, ...rest } = filters;
  const baseQuery = new URLSearchParams(toQueryString({ ...rest, size: undefined }).slice(1));
  return (
    <>
      <div className="page-header">
        <h1>{t("title")}</h1>
        <span className="badge badge-info">{t("count", { count: page.total })}</span>
      </div>
      <p className="hint">{t("intro")}</p>
      {user.role === "ANALYST" || user.role === "ADMIN" ? <p className="hint">{t("howToRecord")}</p> : null}
      <FindingFilters filters={filters} options={options} />
      {page.items.length ? <FindingList items={page.items} /> : <p className="muted">{t("none")}</p>}
      <Pagination page={page.page} size={page.size} total={page.total} path="/findings" baseQuery={baseQuery} />
    </>
  );
}
