import { bilingualName } from "@/lib/courts/court-name";
import { monitorsHref } from "@/lib/dashboard/links";
import type { DashboardData } from "@/lib/dashboard/page-data";
import { pipelineHref, STALE_AFTER_DAYS, type PipelineQuery } from "@/lib/dashboard/pipeline";
import { formatDecimal } from "@/lib/reports/format";
import { drilldownHref } from "@/lib/reports/links";
import type { DashboardText } from "./dashboard-text";
import { DownloadLinks } from "./download-links";
import { CountLink } from "./figures";

/**
 * The monitors' activity in the period by region; every count opens the records behind it, and the
 * monitors of each region, one by one, are a page of their own.
 */
export function ActivityTable({ data, text }: { data: DashboardData; text: DashboardText }) {
  const { t, locale } = text;
  const { view } = data;
  const days = STALE_AFTER_DAYS;
  const list = (query: Omit<PipelineQuery, "stale"> & { stale?: boolean }) => pipelineHref({ stale: false, ...query });
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
                <td className="num"><a href={monitorsHref({ ...view, region: row.region.code })} aria-label={t("activity.monitorsOf", { region: bilingualName(row.region, locale) })}>{row.reporting}</a></td>
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
      <DownloadLinks view={view} table="activity" title={t("activity.title")} text={text} />
      <p className="small"><a href={monitorsHref(view)}>{t("activity.allMonitors")}</a></p>
    </div>
  );
}
