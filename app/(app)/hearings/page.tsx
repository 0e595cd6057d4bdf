import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeviceDrafts } from "@/components/offline/device-drafts";
import { FieldKitPanel } from "@/components/offline/field-kit-panel";
import { HearingFilters } from "@/components/hearings/hearing-filters";
import { HearingList } from "@/components/hearings/hearing-list";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { listCourtOptions } from "@/lib/hearings/court-options";
import { hearingListFiltersSchema } from "@/lib/hearings/list-filters";
import { listMyHearings, monitorOverview } from "@/lib/hearings/list-queries";
import { parseSearchParams, toQueryString, type RawSearchParams } from "@/lib/search-params";

const STATES = ["DRAFT", "RETURNED", "SUBMITTED", "APPROVED"] as const;

/** The monitor's home: what is coming, what came back, and every report of theirs, searchable. */
export default async function MyHearingsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser(["MONITOR"]);
  const filters = parseSearchParams(hearingListFiltersSchema, await searchParams);
  const [t, overview, page, courts] = await Promise.all([
    getTranslations(), monitorOverview(user), listMyHearings(user, filters), listCourtOptions(user),
  ]);
  const returned = overview.counts.RETURNED ?? 0;
  const { page: _page, ...rest } = filters;
  const baseQuery = new URLSearchParams(toQueryString({ ...rest, size: undefined }).slice(1));
  return (
    <>
      <div className="page-header">
        <h1>{t("hearings.title")}</h1>
        <Link className="button" href="/hearings/new">{t("hearings.scheduleHearing")}</Link>
      </div>
      {returned > 0 ? (
        <p className="alert alert-warning">
          <Link href="/hearings?view=RETURNED">{t("hearings.returnedAlert", { count: returned })}</Link>
        </p>
      ) : null}
      <DeviceDrafts userId={user.id} />
      <FieldKitPanel userId={user.id} />
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title">{t("hearings.upcoming")}</h2>
        {overview.upcoming.length ? (
          <>
            <HearingList items={overview.upcoming} label={t("hearings.upcoming")} />
            <p className="small"><Link href="/hearings?view=upcoming">{t("hearings.allUpcoming")}</Link></p>
          </>
        ) : (
          <p className="muted">{t("hearings.noUpcoming")}</p>
        )}
      </section>
      <section aria-labelledby="reports-title">
        <h2 id="reports-title">{t("hearings.countsTitle")}</h2>
        <nav className="state-counts" aria-label={t("hearings.byState")}>
          {STATES.map((state) => (
            <Link key={state} href={`/hearings?view=${state}`} className="state-count" aria-current={filters.view === state ? "true" : undefined}>
              <span className="stat">{overview.counts[state] ?? 0}</span>
              <span className="stat-label">{t(`enums.reviewState.${state}`)}</span>
            </Link>
          ))}
        </nav>
        <HearingFilters filters={filters} courts={courts} />
        {page.items.length ? (
          <HearingList items={page.items} label={t("hearings.countsTitle")} />
        ) : (
          <p className="muted">{t("common.noResults")}</p>
        )}
        <Pagination page={page.page} size={page.size} total={page.total} path="/hearings" baseQuery={baseQuery} />
      </section>
    </>
  );
}
