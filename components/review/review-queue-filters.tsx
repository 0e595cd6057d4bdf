import { useLocale, useTranslations } from "next-intl";
import { bilingualName } from "@/lib/courts/court-name";
import { CaseSubject } from "@/lib/generated/prisma/enums";
import type { ReviewQueueFilters as Filters } from "@/lib/review/queue-filters";
import { FilterActions } from "@/components/ui/filter-fields";

interface Options {
  regions: { id: number; nameSq: string; nameSr: string }[];
  courts: { id: number; nameSq: string; nameSr: string }[];
  monitors: { id: number; name: string }[];
}

/** The queue's filters as a plain GET form: works without JavaScript and keeps the URL shareable. */
export function ReviewQueueFilters({ filters, options }: { filters: Filters; options: Options }) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <form className="filters card" method="get" action="/review" role="search" aria-label={t("review.queue.filtersLabel")}>
      <div className="field">
        <label htmlFor="queue-region">{t("review.queue.region")}</label>
        <select id="queue-region" name="region" defaultValue={filters.region ?? ""}>
          <option value="">{t("common.all")}</option>
          {options.regions.map((region) => <option key={region.id} value={region.id}>{bilingualName(region, locale)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-court">{t("review.queue.court")}</label>
        <select id="queue-court" name="court" defaultValue={filters.court ?? ""}>
          <option value="">{t("common.all")}</option>
          {options.courts.map((court) => <option key={court.id} value={court.id}>{bilingualName(court, locale)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-subject">{t("review.queue.subject")}</label>
        <select id="queue-subject" name="subject" defaultValue={filters.subject ?? ""}>
          <option value="">{t("common.all")}</option>
          {Object.values(CaseSubject).map((subject) => <option key={subject} value={subject}>{t(`enums.caseSubject.${subject}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-monitor">{t("review.queue.monitor")}</label>
        <select id="queue-monitor" name="monitor" defaultValue={filters.monitor ?? ""}>
          <option value="">{t("common.all")}</option>
          {options.monitors.map((monitor) => <option key={monitor.id} value={monitor.id}>{monitor.name}</option>)}
        </select>
      </div>
      <FilterActions resetHref="/review" labels={{ apply: t("common.apply"), reset: t("common.reset") }} />
    </form>
  );
}
