import type { DashboardData } from "@/lib/dashboard/page-data";
import { FIGURES } from "@/lib/reports/definitions";
import { formatPercent } from "@/lib/reports/format";
import { ChartPanel } from "./chart-panel";
import { ComparisonChart } from "./comparison-chart";
import { ConductTable } from "./conduct-table";
import type { DashboardText } from "./dashboard-text";
import { DownloadLinks } from "./download-links";
import { RegionComparison } from "./region-comparison";
import { TopStandards } from "./top-standards";

/** The courts' conduct in the period against the previous one: the view's figures, the top breaches, the regions. */
export function ConductSection({ data, text }: { data: DashboardData; text: DashboardText }) {
  const { t, tReports, locale } = text;
  const { conduct, filter, previous, settings } = data;
  const flag = (flagged: boolean) => (flagged ? ` ${t("rate.flag")}` : "");
  const display = (rate: number | null, flagged: boolean) => `${formatPercent(rate, locale)}${rate === null ? "" : flag(flagged)}`;
  const points = conduct.rates.map(({ indicator, trend }) => ({
    label: tReports(`indicators.${indicator}`),
    now: trend.current.rate === null ? null : trend.current.rate * 100,
    before: trend.previous.rate === null ? null : trend.previous.rate * 100,
    nowDisplay: display(trend.current.rate, trend.current.belowMinimumN),
    beforeDisplay: display(trend.previous.rate, trend.previous.belowMinimumN),
  }));
  return (
    <section id="conduct" className="dashboard-section" aria-labelledby="conduct-heading">
      <h2 id="conduct-heading">{t("conduct.title")}</h2>
      <p className="definition small">
        {t("conduct.definition", { period: text.period(filter), previous: text.period(previous), minimumN: filter.minimumN })}
      </p>
      <div className="card">
        <ChartPanel
          labels={{ view: t("chart.view"), chart: t("chart.showChart"), table: t("chart.showTable") }}
          table={<ConductTable figures={conduct} filter={filter} previous={previous} text={text} lateStartMinutes={settings.lateStartMinutes} />}
          chart={<ComparisonChart points={points} text={{ summary: t("conduct.chartSummary"), now: t("conduct.legendNow"), before: t("conduct.legendBefore"), axis: t("chart.rateAxis") }} />}
        />
        <DownloadLinks view={data.view} table="conduct" title={t("conduct.tableTitle")} text={text} />
      </div>
      <div className="card">
        <h3>{t("conduct.standardsTitle")}</h3>
        <p className="definition small">{tReports(FIGURES.standardRate.definition)} {tReports(FIGURES.applicable.definition)} {t("conduct.standardsDefinition", { minimumN: filter.minimumN })}</p>
        <TopStandards figures={conduct} filter={filter} previous={previous} text={text} />
        <DownloadLinks view={data.view} table="standards" title={t("conduct.standardsTitle")} text={text} />
      </div>
      <div className="card">
        <h3>{t("conduct.regionsTitle")}</h3>
        <p className="definition small">{t("conduct.regionsDefinition")}</p>
        <RegionComparison data={data} text={text} />
        <DownloadLinks view={data.view} table="regions" title={t("conduct.regionsTitle")} text={text} />
      </div>
    </section>
  );
}
