import { useLocale, useTranslations } from "next-intl";
import { bilingualName } from "@/lib/courts/court-name";
import { FINDING_STATUSES, SEVERITIES, type FindingListFilters } from "@/lib/findings/schema";
import { standardName } from "./standard-name";
import { DateRangeFields, FilterActions } from "@/components/ui/filter-fields";

interface Options {
  standards: { id: number; number: number; nameEn: string; nameSq: string; nameSr: string }[];
  courts: { id: number; nameSq: string; nameSr: string }[];
  regions: { id: number; nameSq: string; nameSr: string }[];
}

/** The findings list's filters as a plain GET form. */
export function FindingFilters({ filters, options }: { filters: FindingListFilters; options: Options }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <form className="filters card" method="get" action="/findings" role="search" aria-label={t("findings.filtersLabel")}>
      <div className="field">
        <label htmlFor="findings-standard">{t("findings.standard")}</label>
        <select id="findings-standard" name="standard" defaultValue={filters.standard ?? ""}>
          <option value="">{t("common.all")}</option>
          {options.standards.map((s) => <option key={s.id} value={s.id}>{standardName(s, locale)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="findings-severity">{t("findings.severity")}</label>
        <select id="findings-severity" name="severity" defaultValue={filters.severity ?? ""}>
          <option value="">{t("common.all")}</option>
          {SEVERITIES.map((s) => <option key={s} value={s}>{t(`enums.severity.${s}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="findings-status">{t("findings.status")}</label>
        <select id="findings-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">{t("common.all")}</option>
          {FINDING_STATUSES.map((s) => <option key={s} value={s}>{t(`enums.findingStatus.${s}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="findings-region">{t("findings.region")}</label>
        <select id="findings-region" name="region" defaultValue={filters.region ?? ""}>
          <option value="">{t("common.all")}</option>
          {options.regions.map((r) => <option key={r.id} value={r.id}>{bilingualName(r, locale)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="findings-court">{t("findings.court")}</label>
        <select id="findings-court" name="court" defaultValue={filters.court ?? ""}>
          <option value="">{t("common.all")}</option>
          {options.courts.map((c) => <option key={c.id} value={c.id}>{bilingualName(c, locale)}</option>)}
        </select>
      </div>
      <DateRangeFields idPrefix="findings" from={filters.from} to={filters.to} labels={{ from: t("findings.from"), to: t("findings.to") }} describedBy="findings-period-hint" />
      <p className="hint small filters-note" id="findings-period-hint">{t("findings.periodHint")}</p>
      <FilterActions resetHref="/findings" labels={{ apply: t("common.apply"), reset: t("common.reset") }} />
    </form>
  );
}
