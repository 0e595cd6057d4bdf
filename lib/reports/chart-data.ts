import { formatPercent } from "./format";
import type { Proportion } from "./stats";

/** What the charts draw, built from the same rows as the tables beside them. */
export interface RatePoint {
  label: string;
  /** Share in [0, 1]; null where nothing applied. */
  rate: number | null;
  low: number | null;
  high: number | null;
  flagged: boolean;
  /** The rate as the table prints it, with the ‡ mark when flagged. */
  display: string;
}

export interface CountPoint {
  label: string;
  value: number;
  display: string;
}

export function ratePoint(label: string, p: Proportion, locale: string, flagMark: string): RatePoint {
  const flagged = p.belowMinimumN && p.rate !== null;
  return {
    label,
    rate: p.rate,
    low: p.ciLow,
    high: p.ciHigh,
    flagged,
    display: `${formatPercent(p.rate, locale)}${flagged ? ` ${flagMark}` : ""}`,
  };
}
