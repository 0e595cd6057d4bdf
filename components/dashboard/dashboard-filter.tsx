import { DateRangeFields } from "@/components/ui/filter-fields";
import { bilingualName } from "@/lib/courts/court-name";
import { dashboardHref, type DashboardView } from "@/lib/dashboard/links";
import { calendarPeriod, shiftPeriod } from "@/lib/dashboard/period";
import type { ReportReference } from "@/lib/reports/reference-queries";
import type { DashboardText } from "./dashboard-text";

/**
 * The view's period and region, kept in the address: quick links to this month, quarter and year, steps
 * to the previous and next period of the same kind, and a plain GET form for any period and region, so
 * that it all works before scripts load and a view can be shared as a link.
 */
export function DashboardFilter({ view, reference, today, text }: { view: DashboardView; reference: ReportReference; today: string; text: DashboardText }) {
  const { t } = text;
  const presets = [
    { label: t("filter.thisMonth"), period: calendarPeriod("month", today) },
    { label: t("filter.thisQuarter"), period: calendarPeriod("quarter", today) },
    { label: t("filter.thisYear"), period: calendarPeriod("year", today) },
  ];
  const earlier = shiftPeriod(view, -1);
  const later = shiftPeriod(view, 1);
  return (
    <section className="card dashboard-filter no-print" aria-labelledby="dashboard-filter-heading">
      <h2 id="dashboard-filter-heading" className="visually-hidden">{t("filter.legend")}</h2>
      <nav aria-label={t("filter.presets")}>
        <ul className="preset-list">
          {presets.map(({ label, period }) => {
            const current = period.from === view.from && period.to === view.to;
            return (
              <li key={label}>
                <a className="button button-small button-secondary" href={dashboardHref({ ...period, region: view.region })} aria-current={current ? "true" : undefined}>
                  {label}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>
      <p className="period-steps">
        <a href={dashboardHref({ ...earlier, region: view.region })} rel="prev">← {t("filter.previous", { period: text.period(earlier) })}</a>
        <strong aria-current="true">{text.period(view)}</strong>
        <a href={dashboardHref({ ...later, region: view.region })} rel="next">{t("filter.next", { period: text.period(later) })} →</a>
      </p>
      <form method="get" action="/dashboard" className="filters" aria-label={t("filter.custom")}>
        <DateRangeFields idPrefix="dashboard" from={view.from} to={view.to} labels={{ from: t("filter.from"), to: t("filter.to") }} required />
        <div className="field">
          <label htmlFor="dashboard-region">{t("filter.region")}</label>
          <select id="dashboard-region" name="region" defaultValue={view.region ?? ""}>
            <option value="">{t("allRegions")}</option>
            {reference.regions.map((region) => <option key={region.code} value={region.code}>{bilingualName(region, text.locale)}</option>)}
          </select>
        </div>
        <div className="field dashboard-filter-actions">
          <button type="submit" className="button">{t("filter.apply")}</button>
        </div>
        <p className="small dashboard-filter-reset"><a href="/dashboard">{t("filter.reset")}</a></p>
      </form>
    </section>
  );
}
