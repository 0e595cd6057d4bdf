import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InterventionFilters } from "@/components/interventions/intervention-filters";
import { InterventionList } from "@/components/interventions/intervention-list";
import { Pagination } from "@/components/ui/pagination";
import { hasRole, READERS, REVIEWERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { courtToday } from "@/lib/interventions/calendar-date";
import { countOverdueInterventions, interventionCourtOptions, listInterventions } from "@/lib/interventions/queries";
import { interventionListFiltersSchema } from "@/lib/interventions/schema";
import { parseSearchParams, toQueryString, type RawSearchParams } from "@/lib/search-params";

export async function generateMetadata() {
  const t = await getTranslations("interventions");
  return { title: t("title") };
}

/** Interventions, overdue replies first, filterable by institution, type, outcome, reply, court and period. */
export default async function InterventionsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser(READERS);
  const filters = parseSearchParams(interventionListFiltersSchema, await searchParams);
  const [t, page, overdue, courts] = await Promise.all([
    getTranslations("interventions"), listInterventions(filters), countOverdueInterventions(), interventionCourtOptions(true),
  ]);
  const { page: _page, ...rest } = filters;
  const baseQuery = new URLSearchParams(toQueryString({ ...rest, size: undefined }).slice(1));
  return (
    <>
      <div className="page-header">
        <h1>{t("title")}</h1>
        {hasRole(user.role, REVIEWERS) ? <Link className="button" href="/interventions/new">{t("new")}</Link> : null}
      </div>
      <p className="hint">{t("intro")}</p>
      {overdue ? (
        <p className="alert alert-danger"><Link href="/interventions?reply=overdue">{t("overdueCount", { count: overdue })}</Link></p>
      ) : null}
      <InterventionFilters filters={filters} courts={courts} />
      <p className="small muted" aria-live="polite">{t("count", { count: page.total })}</p>
      {page.items.length ? <InterventionList items={page.items} today={courtToday()} /> : <p className="muted">{t("none")}</p>}
      <Pagination page={page.page} size={page.size} total={page.total} path="/interventions" baseQuery={baseQuery} />
    </>
  );
}
