import type { CountTrend } from "@/lib/dashboard/comparison";
import type { RateTrend, ValueTrend } from "@/lib/dashboard/trend";
import { formatCount, formatDecimal, formatInterval, formatPercent } from "@/lib/reports/format";
import type { Proportion } from "@/lib/reports/stats";
import type { DashboardText } from "./dashboard-text";

/**
 * The dashboard's figures: counts that link to the records behind them, rates with their numerator and
 * denominator (each a link) and the ‡ flag below the minimum n, and changes on the previous period in
 * words as well as arrows, so that nothing is told by colour alone. Links are plain anchors: the page holds
 * hundreds of them, and a next/link is a client component that the server renders and the page carries
 * for each; opening the records behind a figure is a page load either way.
 */
export function CountLink({ value, href, label, locale }: { value: number; href: string | null; label: string; locale: string }) {
  const shown = formatCount(value, locale);
  return href ? <a href={href} aria-label={label}>{shown}</a> : <>{shown}</>;
}

export function Flag({ text, minimumN }: { text: DashboardText; minimumN: number }) {
  return <abbr className="flag" title={text.t("rate.belowMinimumN", { minimumN })}>{text.t("rate.flag")}</abbr>;
}

/** A rate as the reports give it: the share, numerator/denominator (the n), the 95% interval and the ‡ flag. */
export function RateFigure({ value, hrefs, text, minimumN, showInterval = true }: {
  value: Proportion;
  hrefs: { numerator: string; denominator: string } | null;
  text: DashboardText;
  minimumN: number;
  /** False where the table has its own interval column. */
  showInterval?: boolean;
}) {
  const { t, locale } = text;
  const flagged = value.belowMinimumN && value.rate !== null;
  return (
    <span className="ratio">
      <span className="rate-value">{formatPercent(value.rate, locale)}{flagged ? <> <Flag text={text} minimumN={minimumN} /></> : null}</span>
      <span className="muted small">
        {" ("}
        <CountLink value={value.numerator} href={hrefs?.numerator ?? null} label={t("rate.listNumerator", { count: value.numerator })} locale={locale} />
        /
        <CountLink value={value.denominator} href={hrefs?.denominator ?? null} label={t("rate.listDenominator", { count: value.denominator })} locale={locale} />
        {")"}
      </span>
      {showInterval && value.rate !== null ? <span className="muted small nowrap"> {t("rate.interval", { interval: formatInterval(value.ciLow, value.ciHigh, locale) })}</span> : null}
    </span>
  );
}

const ARROW = { up: "▲", down: "▼", same: "=" } as const;

/**
 * A rate's change in percentage points with its 95% interval, worded by that interval alone ("up",
 * "down" or "within the noise", the same rule for every rate), and for a rate with a polarity whether
 * a clear change is better or worse (`compact`: the interval left out, for tables dense with changes).
 */
export function RateChange({ trend, text, compact = false }: { trend: RateTrend; text: DashboardText; compact?: boolean }) {
  const { t, locale } = text;
  if (trend.change === null || trend.direction === null || trend.wording === null || trend.interval === null) {
    return <span className="trend muted small">{t("trend.notCompared")}</span>;
  }
  const points = (value: number) => t("trend.points", { sign: signOf(value), value: formatDecimal(Math.abs(value) * 100, locale, 1) });
  const interval = t("trend.interval", { low: points(trend.interval.low), high: points(trend.interval.high) });
  return (
    <span className={`trend${trend.verdict ? ` trend-${trend.verdict}` : ""}`} data-wording={trend.wording}>
      <span aria-hidden="true">{ARROW[trend.direction]} </span>
      {points(trend.change)}
      <span className="small"> · {t(`trend.${trend.wording}`)}{trend.verdict ? `, ${t(`trend.${trend.verdict}`)}` : null}</span>
      {compact ? null : <span className="small muted"> {interval}</span>}
    </span>
  );
}

const signOf = (value: number) => (value > 0 ? "+" : value < 0 ? "−" : "±");

/** A count's or a mean's change, signed. */
export function ValueChange({ trend, text, digits = 0 }: { trend: ValueTrend; text: DashboardText; digits?: number }) {
  const { t, locale } = text;
  if (trend.change === null || trend.direction === null) return <span className="trend muted small">{t("trend.notCompared")}</span>;
  const value = digits ? formatDecimal(Math.abs(trend.change), locale, digits) : formatCount(Math.abs(trend.change), locale);
  return (
    <span className="trend">
      <span aria-hidden="true">{ARROW[trend.direction]} </span>
      {t("trend.change", { sign: trend.change > 0 ? "+" : trend.change < 0 ? "−" : "±", value })}
    </span>
  );
}

/**
 * A count's change on the previous period, or why it is not compared: a previous period that began
 * before monitoring did, or that holds fewer hearings than the minimum n. `comparedWith` (the previous
 * period in words) is said only with a change, never after a reason for not comparing.
 */
export function CountChange({ trend, text, comparedWith }: { trend: CountTrend; text: DashboardText; comparedWith?: string }) {
  const { t, locale } = text;
  const why = trend.notComparable;
  if (why?.reason === "beforeMonitoring") {
    return <span className="trend muted small">{t("trend.beforeMonitoring", { month: text.shortMonth(why.firstMonth.slice(0, 7)), year: why.firstMonth.slice(0, 4) })}</span>;
  }
  if (why?.reason === "tooFew") return <span className="trend muted small">{t("trend.tooFew", { count: formatCount(why.hearings, locale) })}</span>;
  return <><ValueChange trend={trend} text={text} />{comparedWith ? <> {t("period.comparedWith", { previous: comparedWith })}</> : null}</>;
}
