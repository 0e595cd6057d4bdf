import { useLocale, useTranslations } from "next-intl";
import { bilingualName } from "@/lib/courts/court-name";
import { REPLY_STATUSES } from "@/lib/interventions/reply-status";
import { INSTITUTIONS, INTERVENTION_TYPES, OUTCOMES, type InterventionListFilters } from "@/lib/interventions/schema";
import { DateRangeFields, FilterActions } from "@/components/ui/filter-fields";

/** The interventions list's filters as a plain GET form. */
export function InterventionFilters({ filters, courts }: { filters: InterventionListFilters; courts: { id: number; nameSq: string; nameSr: string }[] }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <form className="filters card" method="get" action="/interventions" role="search" aria-label={t("interventions.filtersLabel")}>
      <div className="field">
        <label htmlFor="interventions-reply">{t("interventions.replyFilter")}</label>
        <select id="interventions-reply" name="reply" defaultValue={filters.reply ?? ""}>
          <option value="">{t("common.all")}</option>
          {REPLY_STATUSES.map((s) => <option key={s} value={s}>{t(`interventions.reply.status.${s}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="interventions-institution">{t("interventions.institution")}</label>
        <select id="interventions-institution" name="institution" defaultValue={filters.institution ?? ""}>
          <option value="">{t("common.all")}</option>
          {INSTITUTIONS.map((i) => <option key={i} value={i}>{t(`enums.institution.${i}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="interventions-type">{t("interventions.type")}</label>
        <select id="interventions-type" name="type" defaultValue={filters.type ?? ""}>
          <option value="">{t("common.all")}</option>
          {INTERVENTION_TYPES.map((i) => <option key={i} value={i}>{t(`enums.interventionType.${i}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="interventions-outcome">{t("interventions.outcome")}</label>
        <select id="interventions-outcome" name="outcome" defaultValue={filters.outcome ?? ""}>
          <option value="">{t("common.all")}</option>
          {OUTCOMES.map((o) => <option key={o} value={o}>{t(`enums.interventionOutcome.${o}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="interventions-court">{t("interventions.court")}</label>
        <select id="interventions-court" name="court" defaultValue={filters.court ?? ""}>
          <option value="">{t("common.all")}</option>
          {courts.map((c) => <option key={c.id} value={c.id}>{bilingualName(c, locale)}</option>)}
        </select>
      </div>
      <DateRangeFields idPrefix="interventions" from={filters.from} to={filters.to} labels={{ from: t("interventions.from"), to: t("interventions.to") }} />
      <FilterActions resetHref="/interventions" labels={{ apply: t("common.apply"), reset: t("common.reset") }} />
    </form>
  );
}
