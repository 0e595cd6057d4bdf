import { bilingualName } from "@/lib/courts/court-name";
import type { DashboardData } from "@/lib/dashboard/page-data";
import { pipelineHref, STALE_AFTER_DAYS, type PipelineQuery } from "@/lib/dashboard/pipeline";
import { formatDecimal } from "@/lib/reports/format";
import { drilldownHref } from "@/lib/reports/links";
import type { DashboardText } from "./dashboard-text";
import { CountLink } from "./figures";

/**
 * The monitors' activity in the period by region, then each region's monitors one by one (in a
 * disclosure, so that the page stays short on a phone); every count opens the reports behind it.
 */
export function ActivityTable({ data, text }: { data: DashboardData; text: DashboardText }) {
  const { t, locale } = text;
  const { view } = data;
  const days = STALE_AFTER_DAYS;
  const list = (query: Omit<PipelineQuery, "stale"> & { stale?: boolean }) => pipelineHref({ stale: false, ...query });
  const period = { from: view.from, to: view.to };
  const countOf = (value: number, href: string) => <CountLink value={value} href={href} label={t("list.count", { count: value })} locale={locale} />;

  return (
    <div className="card">
      <h3 id="activity-heading">{t("activity.title")}</h3>
      <p className="definition small">{t("activity.definition")}</p>
      <div className="table-wrap">
        <table aria-labelledby="activity-heading" data-testid="activity-table">
          <thead>
            <tr>
              <th scope="col">{t("activity.columns.region")}</th>
              <th scope="col" className="num">{t("activity.columns.accounts")}</th>
              <th scope="col" className="num">{t("activity.columns.reporting")}</th>
              <th scope="col" className="num">{t("activity.columns.approved")}</th>
              <th scope="col" className="num">{t("activity.columns.perMonitor")}</th>
              <th scope="col" className="num">{t("activity.columns.draftStale", { days })}</th>
              <th scope="col" className="num">{t("activity.columns.submittedStale", { days })}</th>
            </tr>
          </thead>
          <tbody>
            {data.activity.map((row) => (
              <tr key={row.region.code}>
                <th scope="row">{bilingualName(row.region, locale)}</th>
                <td className="num">{row.accounts}</td>
                <td className="num">{row.reporting}</td>
                <td className="num">
                  <CountLink
                    value={row.approved} locale={locale} label={t("rate.listNumerator", { count: row.approved })}
                    href={drilldownHref({ ...data.filter, regions: [] }, { by: "region", key: row.region.code }, { kind: "hearings" })}
                  />
                </td>
                <td className="num">{formatDecimal(row.perMonitor, locale, 1)}</td>
                <td className="num">{countOf(row.pipeline.draftStale, list({ stage: "draft", stale: true, region: row.region.code }))}</td>
                <td className="num">{countOf(row.pipeline.submittedStale, list({ stage: "submitted", stale: true, region: row.region.code }))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.activity.map((row) => (
        <details key={row.region.code} className="monitor-details">
          <summary>{t("activity.monitorsOf", { region: bilingualName(row.region, locale) })} ({row.monitors.length})</summary>
          {row.monitors.length === 0 ? <p className="muted small">{t("activity.noMonitors")}</p> : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t("activity.monitorsOf", { region: bilingualName(row.region, locale) })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("activity.columns.monitor")}</th>
                    <th scope="col" className="num">{t("activity.columns.approved")}</th>
                    <th scope="col" className="num">{t("activity.columns.draftStale", { days })}</th>
                    <th scope="col" className="num">{t("activity.columns.returned")}</th>
                    <th scope="col" className="num">{t("activity.columns.submitted")}</th>
                  </tr>
                </thead>
                <tbody>
                  {row.monitors.map(({ monitor, approved, pipeline }) => {
                    const mine = { region: row.region.code, monitorId: monitor.id };
                    return (
                      <tr key={monitor.id}>
                        <th scope="row">{monitor.name}{monitor.active ? null : <span className="muted small"> ({t("activity.inactive")})</span>}</th>
                        <td className="num">{countOf(approved, list({ stage: "approved", ...mine, ...period }))}</td>
                        <td className="num">{countOf(pipeline.draftStale, list({ stage: "draft", stale: true, ...mine }))}</td>
                        <td className="num">{countOf(pipeline.returned, list({ stage: "returned", ...mine }))}</td>
                        <td className="num">{countOf(pipeline.submitted, list({ stage: "submitted", ...mine }))}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </details>
      ))}
    </div>
  );
}
