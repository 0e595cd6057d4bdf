import { RateChart } from "@/components/reports/rate-chart";
import type { ConductFigures } from "@/lib/dashboard/conduct";
import { rateDrilldowns } from "@/lib/dashboard/links";
import { ratePoint } from "@/lib/reports/chart-data";
import type { ReportFilter } from "@/lib/reports/filter";
import { formatInterval } from "@/lib/reports/format";
import { WHOLE } from "@/lib/reports/groups";
import { standardLabel } from "@/lib/reports/labels";
import type { DayRange } from "@/lib/reports/period";
import { ChartPanel } from "./chart-panel";
import type { DashboardText } from "./dashboard-text";
import { RateChange, RateFigure } from "./figures";

/**
 * The five standards most often breached in the period (ranked as the reports rank them), each with its
 * rate, interval and n, the previous period's rate and the change; the reports' chart of rates with
 * their intervals, one click from the table.
 */
export function TopStandards({ figures, filter, previous, text }: { figures: ConductFigures; filter: ReportFilter; previous: DayRange; text: DashboardText }) {
  const { t, tReports, locale } = text;
  const minimumN = filter.minimumN;
  const before = { ...filter, ...previous };
  if (figures.standards.length === 0) return <p className="muted">{t("conduct.standardsNone", { minimumN })}</p>;
  const hrefs = (period: ReportFilter, code: string) => rateDrilldowns(period, WHOLE, (part) => ({ kind: "standard", standard: code, part }));
  const table = (
    <div className="table-wrap">
      <table data-testid="top-standards">
        <caption className="visually-hidden">{t("conduct.standardsTitle")}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">{t("conduct.standardColumns.rank")}</th>
            <th scope="col">{t("conduct.standardColumns.standard")}</th>
            <th scope="col">{t("conduct.columns.now")}</th>
            <th scope="col">{t("conduct.standardColumns.ci")}</th>
            <th scope="col">{t("conduct.columns.before")}</th>
            <th scope="col">{t("conduct.columns.change")}</th>
          </tr>
        </thead>
        <tbody>
          {figures.standards.map(({ standard, rank, trend }) => (
            <tr key={standard.code} data-standard={standard.code}>
              <td className="num">{rank}</td>
              <th scope="row">{standardLabel(standard, locale)}</th>
              <td><RateFigure value={trend.current} hrefs={hrefs(filter, standard.code)} text={text} minimumN={minimumN} showInterval={false} /></td>
              <td className="nowrap">{formatInterval(trend.current.ciLow, trend.current.ciHigh, locale)}</td>
              <td><RateFigure value={trend.previous} hrefs={hrefs(before, standard.code)} text={text} minimumN={minimumN} /></td>
              <td><RateChange trend={trend} text={text} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  const title = t("conduct.standardsChart");
  return (
    <ChartPanel
      labels={{ view: t("chart.view"), chart: t("chart.showChart"), table: t("chart.showTable") }}
      table={table}
      chart={(
        <RateChart
          items={figures.standards.map(({ standard, trend }) => ratePoint(standardLabel(standard, locale), trend.current, locale, t("rate.flag")))}
          text={{
            title, summary: tReports("chart.summary", { title }), rateAxis: tReports("chart.rateAxis"), ciLegend: tReports("chart.ciLegend"),
            flagLegend: tReports("chart.flagLegend", { minimumN }),
          }}
        />
      )}
    />
  );
}
