import { bilingualName } from "@/lib/courts/court-name";
import type { ConductFigures } from "@/lib/dashboard/conduct";
import { rateDrilldowns } from "@/lib/dashboard/links";
import type { DashboardData } from "@/lib/dashboard/page-data";
import type { RateTrend } from "@/lib/dashboard/trend";
import type { Measure, Part } from "@/lib/reports/indicators";
import { rateMeasure } from "@/lib/reports/indicators";
import { formatCount, formatDecimal } from "@/lib/reports/format";
import { standardLabel } from "@/lib/reports/labels";
import { drilldownHref } from "@/lib/reports/links";
import type { DashboardText } from "./dashboard-text";
import { FIGURES } from "@/lib/reports/definitions";
import { CountChange, CountLink, RateChange, RateFigure, ValueChange } from "./figures";

/**
 * The courts' conduct region by region, side by side: one column per region, one row per figure, each
 * cell the rate with its numerator and denominator (links to the region's hearings) and its change.
 */
export function RegionComparison({ data, text }: { data: DashboardData; text: DashboardText }) {
  const { t, tReports, tEnums, locale } = text;
  const filter = { ...data.filter, regions: [] };
  const minimumN = filter.minimumN;
  const regions = data.regionConduct;
  const group = (code: string) => ({ by: "region" as const, key: code });
  const rateRow = (key: string, label: string, pick: (f: ConductFigures) => RateTrend | undefined, measure: (part: Part) => Measure) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      {regions.map(({ region, figures }) => {
        const trend = pick(figures);
        return (
          <td key={region.code}>
            {trend ? (
              <span className="stack-cell">
                <RateFigure value={trend.current} hrefs={rateDrilldowns(filter, group(region.code), measure)} text={text} minimumN={minimumN} />
                <RateChange trend={trend} text={text} compact />
              </span>
            ) : "—"}
          </td>
        );
      })}
    </tr>
  );
  return (
    <div className="table-wrap">
      <table className="region-comparison" data-testid="region-comparison">
        <caption className="visually-hidden">{t("conduct.regionsTitle")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("conduct.columns.indicator")}</th>
            {regions.map(({ region }) => <th key={region.code} scope="col">{bilingualName(region, locale)}</th>)}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{tReports(FIGURES.hearings.label)}</th>
            {regions.map(({ region, figures }) => (
              <td key={region.code}>
                <span className="stack-cell">
                  <CountLink value={figures.hearings.current ?? 0} href={drilldownHref(filter, group(region.code), { kind: "hearings" })} label={t("rate.listNumerator", { count: figures.hearings.current ?? 0 })} locale={locale} />
                  <CountChange trend={figures.hearings} text={text} />
                </span>
              </td>
            ))}
          </tr>
          {data.conduct.rates.map(({ indicator }) =>
            rateRow(indicator, tReports(`indicators.${indicator}`), (f) => f.rates.find((r) => r.indicator === indicator)?.trend, (part) => rateMeasure(indicator, part)))}
          <tr>
            <th scope="row">{t("conduct.meanDelay")}</th>
            {regions.map(({ region, figures }) => (
              <td key={region.code}>
                <span className="stack-cell">
                  <span>{formatDecimal(figures.meanDelay.current, locale, 1)} <span className="muted small">{t("conduct.measured", { count: formatCount(figures.meanDelay.measured, locale) })}</span></span>
                  <ValueChange trend={figures.meanDelay} text={text} digits={1} />
                </span>
              </td>
            ))}
          </tr>
          {data.conduct.reasons.map(({ reason }) =>
            rateRow(`reason-${reason}`, t("conduct.reasonRow", { reason: tEnums(`adjournmentReason.${reason}`) }), (f) => f.reasons.find((r) => r.reason === reason)?.trend,
              (part) => (part === "numerator" ? { kind: "reason", reason } : { kind: "flag", indicator: "adjourned", part: "numerator" })))}
          {data.conduct.standards.map(({ standard }) =>
            rateRow(`standard-${standard.code}`, standardLabel(standard, locale), (f) => f.standards.find((s) => s.standard.code === standard.code)?.trend,
              (part) => ({ kind: "standard", standard: standard.code, part })))}
        </tbody>
      </table>
    </div>
  );
}
