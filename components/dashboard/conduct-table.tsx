import type { CountTrend } from "@/lib/dashboard/comparison";
import type { ConductFigures } from "@/lib/dashboard/conduct";
import { rateDrilldowns } from "@/lib/dashboard/links";
import type { DayRange } from "@/lib/reports/period";
import type { ReportFilter } from "@/lib/reports/filter";
import { formatCount, formatDecimal } from "@/lib/reports/format";
import { WHOLE } from "@/lib/reports/groups";
import { rateMeasure } from "@/lib/reports/indicators";
import { drilldownHref } from "@/lib/reports/links";
import type { DashboardText } from "./dashboard-text";
import { FIGURES } from "@/lib/reports/definitions";
import { CountChange, CountLink, RateChange, RateFigure, ValueChange } from "./figures";

/**
 * The conduct of hearings in the period beside the previous period: hearings monitored, each rate with
 * its numerator and denominator (links to the hearings), the mean delay, and the main adjournment reasons.
 */
export function ConductTable({ figures, filter, previous, text, lateStartMinutes }: {
  figures: ConductFigures & { hearings: CountTrend };
  filter: ReportFilter;
  previous: DayRange;
  text: DashboardText;
  lateStartMinutes: number;
}) {
  const { t, tReports, tEnums, locale } = text;
  const before = { ...filter, ...previous };
  const minimumN = filter.minimumN;
  const periods = [filter, before] as const;
  return (
    <div className="table-wrap">
      <table data-testid="conduct-table">
        <caption>{t("conduct.tableTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("conduct.columns.indicator")}</th>
            <th scope="col">{t("conduct.columns.now")}</th>
            <th scope="col">{t("conduct.columns.before")}</th>
            <th scope="col">{t("conduct.columns.change")}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              {tReports(FIGURES.hearings.label)}
              <span className="definition-inline small muted">{tReports(FIGURES.hearings.definition)}</span>
            </th>
            {periods.map((period, i) => {
              const value = i === 0 ? figures.hearings.current ?? 0 : figures.hearings.previous ?? 0;
              return <td key={i} className="num"><CountLink value={value} href={drilldownHref(period, WHOLE, { kind: "hearings" })} label={t("rate.listNumerator", { count: value })} locale={locale} /></td>;
            })}
            <td><CountChange trend={figures.hearings} text={text} /></td>
          </tr>
          {figures.rates.map(({ indicator, trend }) => (
            <tr key={indicator} data-indicator={indicator}>
              <th scope="row">
                {tReports(FIGURES[indicator].label)}
                <span className="definition-inline small muted">{tReports(FIGURES[indicator].definition, { minutes: lateStartMinutes })}</span>
              </th>
              {periods.map((period, i) => (
                <td key={i}>
                  <RateFigure value={i === 0 ? trend.current : trend.previous} hrefs={rateDrilldowns(period, WHOLE, (part) => rateMeasure(indicator, part))} text={text} minimumN={minimumN} />
                </td>
              ))}
              <td><RateChange trend={trend} text={text} /></td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t("conduct.meanDelay")}</th>
            <td>{formatDecimal(figures.meanDelay.current, locale, 1)} <span className="muted small">{t("conduct.measured", { count: formatCount(figures.meanDelay.measured, locale) })}</span></td>
            <td>{formatDecimal(figures.meanDelay.previous, locale, 1)} <span className="muted small">{t("conduct.measured", { count: formatCount(figures.meanDelay.previousMeasured, locale) })}</span></td>
            <td><ValueChange trend={figures.meanDelay} text={text} digits={1} /></td>
          </tr>
          {figures.reasons.map(({ reason, trend }) => (
            <tr key={reason} className="sub-row">
              <th scope="row">{t("conduct.reasonRow", { reason: tEnums(`adjournmentReason.${reason}`) })}</th>
              {periods.map((period, i) => (
                <td key={i}>
                  <RateFigure
                    value={i === 0 ? trend.current : trend.previous} text={text} minimumN={minimumN}
                    hrefs={{
                      numerator: drilldownHref(period, WHOLE, { kind: "reason", reason }),
                      denominator: drilldownHref(period, WHOLE, { kind: "flag", indicator: "adjourned", part: "numerator" }),
                    }}
                  />
                </td>
              ))}
              <td><RateChange trend={trend} text={text} /></td>
            </tr>
          ))}
          {figures.reasons.length === 0 ? <tr><td colSpan={4} className="muted small">{t("conduct.reasonsNone")}</td></tr> : null}
        </tbody>
      </table>
    </div>
  );
}
