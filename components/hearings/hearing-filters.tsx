import { useLocale, useTranslations } from "next-intl";
import { bilingualName } from "@/lib/courts/court-name";
import { HEARING_LIST_VIEWS, type HearingListFilters } from "@/lib/hearings/list-filters";
import { DateRangeFields, FilterActions } from "@/components/ui/filter-fields";

/** The filters of "My hearings" as a plain GET form: works without JavaScript, keeps the URL shareable. */
export function HearingFilters({ filters, courts }: { filters: HearingListFilters; courts: { id: number; nameSq: string; nameSr: string }[] }) {
  const t = useTranslations("hearings");
  const tc = useTranslations("common");
  const te = useTranslations("enums.reviewState");
  const locale = useLocale();
  return (
    <form className="filters card" method="get" action="/hearings" role="search" aria-label={t("filtersLabel")}>
      <div className="field">
        <label htmlFor="filter-q">{t("searchCase")}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q} placeholder={t("searchCasePlaceholder")} maxLength={60} />
      </div>
      <div className="field">
        <label htmlFor="filter-view">{t("status")}</label>
        <select id="filter-view" name="view" defaultValue={filters.view ?? ""}>
          <option value="">{tc("all")}</option>
          {HEARING_LIST_VIEWS.map((view) => (
            <option key={view} value={view}>{view === "upcoming" ? t("upcoming") : te(view)}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-court">{t("court")}</label>
        <select id="filter-court" name="court" defaultValue={filters.court ?? ""}>
          <option value="">{tc("all")}</option>
          {courts.map((court) => <option key={court.id} value={court.id}>{bilingualName(court, locale)}</option>)}
        </select>
      </div>
      <DateRangeFields idPrefix="filter" from={filters.from} to={filters.to} labels={{ from: t("from"), to: t("to") }} />
      <FilterActions resetHref="/hearings" labels={{ apply: tc("apply"), reset: tc("reset") }} />
    </form>
  );
}
