/**
 * Numbers as the report prints them, in the reader's language: rates as percentages with one decimal,
 * intervals as "24.1–38.6%", means and medians with the digits asked for. Null prints as an em dash.
 */
export const NO_VALUE = "—";

export function formatPercent(value: number | null, locale: string): string {
  if (value === null) return NO_VALUE;
  return new Intl.NumberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

export function formatInterval(low: number | null, high: number | null, locale: string): string {
  if (low === null || high === null) return NO_VALUE;
  const number = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return `${number.format(low * 100)}–${formatPercent(high, locale)}`;
}

export function formatDecimal(value: number | null, locale: string, digits = 1): string {
  if (value === null) return NO_VALUE;
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: digits }).format(value);
}

export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A share as the number exports write: percent with one decimal (63.6 for 0.636…). */
export function percentNumber(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 10;
}
