import { bilingualName } from "@/lib/courts/court-name";
import { coverageTotals } from "@/lib/dashboard/coverage";
import type { DashboardData } from "@/lib/dashboard/page-data";
import { formatCount, formatPercent } from "@/lib/reports/format";
import { drilldownHref } from "@/lib/reports/links";
import { ChartPanel } from "./chart-panel";
import type { DashboardText } from "./dashboard-text";
import { DownloadLinks } from "./download-links";
import { CountLink } from "./figures";
import { RegionGrid } from "./region-grid";

/**
 * Coverage of the courts in the period: every region's share of courts visited (as a grid of the
 * territory and as a table), then, for the view's regions, every court and branch with its hearings and
 * the courts nobody visited.
 */
export function CoverageSection({ data, text }: { data: DashboardData; text: DashboardText }) {
  const { t, locale } = text;
  const { view } = data;
  const shown = view.region ? data.coverage.filter((r) => r.region.code === view.region) : data.coverage;
  const everywhere = { ...data.filter, regions: [] };
  const hearingsLink = (value: number, group: { by: "court" | "region"; key: string }) => (
    <CountLink value={value} href={drilldownHref(everywhere, group, { kind: "hearings" })} label={t("rate.listNumerator", { count: value })} locale={locale} />
  );
  const totals = coverageTotals(data.coverage);
  const notVisited = shown.map((r) => ({ region: r.region, courts: r.courts.filter((c) => c.hearings === 0) })).filter((r) => r.courts.length);

  const regionTable = (
    <div className="table-wrap">
      <table data-testid="coverage-regions">
        <caption>{t("coverage.regionTable")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("coverage.columns.region")}</th>
            <th scope="col" className="num">{t("coverage.columns.courts")}</th>
            <th scope="col" className="num">{t("coverage.columns.visited")}</th>
            <th scope="col" className="num">{t("coverage.columns.share")}</th>
            <th scope="col" className="num">{t("coverage.columns.hearings")}</th>
          </tr>
        </thead>
        <tbody>
          {data.coverage.map((r) => (
            <tr key={r.region.code}>
              <th scope="row">{bilingualName(r.region, locale)}</th>
              <td className="num">{formatCount(r.courts.length, locale)}</td>
              <td className="num">{formatCount(r.visited, locale)}</td>
              <td className="num">{formatPercent(r.share, locale)}</td>
              <td className="num">{hearingsLink(r.hearings, { by: "region", key: r.region.code })}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("allRegions")}</th>
            <td className="num">{formatCount(totals.courts, locale)}</td>
            <td className="num">{formatCount(totals.visited, locale)}</td>
            <td className="num">{formatPercent(totals.share, locale)}</td>
            <td className="num"><CountLink value={totals.hearings} href={drilldownHref(everywhere, { by: "standard", key: "" }, { kind: "hearings" })} label={t("rate.listNumerator", { count: totals.hearings })} locale={locale} /></td>
          </tr>
        </tfoot>
      </table>
    </div>
  );

  return (
    <section id="coverage" className="dashboard-section" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t("coverage.title")}</h2>
      <p className="definition small">{t("coverage.definition")}</p>
      <div className="card">
        <h3>{t("coverage.gridTitle")}</h3>
        <ChartPanel
          serverChart
          labels={{ view: t("chart.view"), chart: t("chart.showChart"), table: t("chart.showTable") }}
          chart={<RegionGrid coverage={data.coverage} view={view} text={text} />}
          table={regionTable}
        />
        <DownloadLinks view={view} table="coverage" title={t("coverage.regionTable")} text={text} />
      </div>
      <div className="card">
        <h3 id="courts-heading">{t("coverage.courtTable")}</h3>
        <div className="table-wrap">
          <table aria-labelledby="courts-heading" data-testid="coverage-courts">
            <thead>
              <tr>
                <th scope="col">{t("coverage.columns.court")}</th>
                <th scope="col" className="num">{t("coverage.columns.hearings")}</th>
              </tr>
            </thead>
            {shown.map((r) => (
              <tbody key={r.region.code}>
                <tr className="group-row">
                  <th scope="colgroup" colSpan={2}>{bilingualName(r.region, locale)} · {t("coverage.tile", { visited: formatCount(r.visited, locale), courts: formatCount(r.courts.length, locale) })}</th>
                </tr>
                {r.courts.map(({ court, hearings }) => (
                  <tr key={court.code} data-court={court.code}>
                    <th scope="row">
                      {bilingualName(court, locale)}
                      {hearings === 0 ? <> <span className="badge badge-warning">{t("coverage.notVisited")}</span></> : null}
                      {court.retired ? <> <span className="badge">{t("coverage.retired")}</span></> : null}
                    </th>
                    <td className="num">{hearingsLink(hearings, { by: "court", key: court.code })}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
        <DownloadLinks view={view} table="courts" title={t("coverage.courtTable")} text={text} />
      </div>
      <div className="card" data-testid="not-visited">
        <h3>{t("coverage.notVisitedTitle")}</h3>
        {notVisited.length === 0 ? <p>{t("coverage.notVisitedNone")}</p> : notVisited.map((r) => (
          <div key={r.region.code}>
            <h4>{bilingualName(r.region, locale)}</h4>
            <ul className="not-visited-list">
              {r.courts.map(({ court }) => <li key={court.code}>{bilingualName(court, locale)}</li>)}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
