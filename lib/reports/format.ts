/**
 * Numbers as the report prints them, in the reader's language: rates as percentages with one decimal,
 * intervals as "24.1–38.6%", means and medians with the digits asked for. Null prints as an em dash.
 */
export const NO_VALUE = "—";

// Building an Intl.NumberFormat costs far more than using one, and a report or the dashboard formats
// thousands of numbers in a few languages: keep one per language and style.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(locale, options)));
  return formatter;
}

export function formatPercent(value: number | null, locale: string): string {
  if (value === null) return NO_VALUE;
  return numberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

export function formatInterval(low: number | null, high: number | null, locale: string): string {
  if (low === null || high === null) return NO_VALUE;
  const number = numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${number.format(low * 100)}–${formatPercent(high, locale)}`;
}

export function formatDecimal(value: number | null, locale: string, digits = 1): string {
  if (value === null) return NO_VALUE;
  return numberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: digits }).format(value);
}

export function formatCount(value: number, locale: string): string {
  return numberFormat(locale, {}).format(value);
}

/** A share as the number exports write: percent with one decimal (63.6 for 0.636…). */
export function percentNumber(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 10;
}
