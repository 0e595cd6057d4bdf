import { monthlyProgress } from "@/lib/dashboard/pace";
import type { DashboardData } from "@/lib/dashboard/page-data";
import { formatCount, formatDecimal, formatPercent } from "@/lib/reports/format";
import { monthLabel } from "@/lib/reports/labels";
import { drilldownHref } from "@/lib/reports/links";
import { ActivityTable } from "./activity-table";
import { ChartPanel } from "./chart-panel";
import type { DashboardText } from "./dashboard-text";
import { DownloadLinks } from "./download-links";
import { CountLink } from "./figures";
import { PipelineTable } from "./pipeline-table";
import { ProgrammeChart } from "./programme-chart";

/** Hearings monitored in the year against the target, the review pipeline, and the monitors' activity. */
export function ProgrammeSection({ data, text }: { data: DashboardData; text: DashboardText }) {
  const { t, locale } = text;
  const { progress, months, regionTotal } = data.programme;
  const year = progress.year;
  const count = (n: number) => formatCount(n, locale);
  const pace = (n: number | null) => formatDecimal(n, locale, 0);
  const progressByMonth = monthlyProgress(months.map((row) => ({ month: row.group.key, hearings: row.hearings })), year, progress.target, data.today);
  const rows = months.map((row, i) => ({ row, cumulative: progressByMonth[i]!.cumulative, steady: progressByMonth[i]!.steady }));
  const yearFilter = { ...data.filter, from: `${year}-01-01`, to: `${year}-12-31` };
  const ahead = progress.monitored - progress.expectedByNow;

  const table = (
    <div className="table-wrap">
      <table>
        <caption>{t("programme.monthsTable", { year })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("programme.columns.month")}</th>
            <th scope="col" className="num">{t("programme.columns.hearings")}</th>
            <th scope="col" className="num">{t("programme.columns.cumulative")}</th>
            <th scope="col" className="num">{t("programme.columns.steady")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, cumulative, steady: line }) => (
            <tr key={row.group.key}>
              <th scope="row">{monthLabel(row.group.key, locale)}</th>
              <td className="num">
                <CountLink value={row.hearings} href={drilldownHref(yearFilter, row.group, { kind: "hearings" })} label={t("rate.listNumerator", { count: row.hearings })} locale={locale} />
              </td>
              <td className="num">{cumulative === null ? "—" : count(cumulative)}</td>
              <td className="num">{count(line)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <section id="programme" className="dashboard-section" aria-labelledby="programme-heading">
      <h2 id="programme-heading">{t("programme.title")}</h2>
      <div className="card">
        <h3>{t("programme.targetTitle", { year })}</h3>
        {progress.target > 0 ? (
          <>
            <p className="target-line" data-testid="target-line">
              {progress.status === "past"
                ? t("programme.pastYear", { monitored: count(progress.monitored), target: count(progress.target), share: formatPercent(progress.share, locale), soFar: pace(progress.monthlyPaceSoFar) })
                : t("programme.targetLine", { monitored: count(progress.monitored), target: count(progress.target), share: formatPercent(progress.share, locale) })}
            </p>
            <progress className="target-progress" max={progress.target} value={Math.min(progress.monitored, progress.target)} aria-label={t("programme.targetTitle", { year })} />
            {progress.status === "current" ? (
              <>
                <p>{t(ahead >= 0 ? "programme.steadyAhead" : "programme.steadyBehind", { expected: count(progress.expectedByNow), count: count(Math.abs(ahead)) })}</p>
                <p>
                  {progress.monthlyPaceNeeded === 0
                    ? t("programme.paceReached", { soFar: pace(progress.monthlyPaceSoFar) })
                    : t("programme.paceNeeded", { needed: pace(progress.monthlyPaceNeeded), soFar: pace(progress.monthlyPaceSoFar) })}
                  {progress.projected !== null ? <> {t("programme.projected", { projected: count(progress.projected) })}</> : null}
                </p>
              </>
            ) : null}
            {progress.status === "future" ? <p>{t("programme.futureYear", { needed: pace(progress.monthlyPaceNeeded) })}</p> : null}
          </>
        ) : <p>{t("programme.noTarget")}</p>}
        {regionTotal !== null ? <p className="small muted">{t("programme.regionNote", { region: text.region(data.view.region, data.reference), count: count(regionTotal) })}</p> : null}
        <ChartPanel
          labels={{ view: t("chart.view"), chart: t("chart.showChart"), table: t("chart.showTable") }}
          table={table}
          chart={(
            <ProgrammeChart
              points={rows.map(({ row, cumulative, steady: line }) => ({ label: text.shortMonth(row.group.key), hearings: row.hearings, cumulative, steady: line }))}
              text={{ summary: t("programme.chartSummary"), monthly: t("programme.legend.monthly"), cumulative: t("programme.legend.cumulative"), steady: t("programme.legend.steady") }}
            />
          )}
        />
        <DownloadLinks view={data.view} table="months" title={t("programme.monthsTable", { year })} text={text} />
      </div>
      <PipelineTable data={data} text={text} />
      <ActivityTable data={data} text={text} />
    </section>
  );
}
