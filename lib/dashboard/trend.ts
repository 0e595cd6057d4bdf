import { proportionDifference, type Proportion } from "@/lib/reports/stats";

/**
 * A figure of this period next to the same figure of the previous one. A rate's change is given in
 * percentage points with Newcombe's interval (lib/reports/stats.ts), so that the dashboard can say
 * whether it is a change or within the noise of the two samples; a change where either rate rests on
 * fewer hearings than the minimum n is not compared, as the reports leave such rates out of rankings.
 */
export type Direction = "up" | "down" | "same";

/**
 * How a rate's change is worded: "up" or "down" only when its 95% interval lies wholly above or below
 * zero, "noise" when the interval holds zero. The one rule for every rate, whatever its polarity: a
 * neutral figure (an adjournment reason) that clearly rose is "up", not "within the noise".
 */
export type ChangeWording = "up" | "down" | "noise";

export function changeWording(interval: { low: number; high: number }): ChangeWording {
  return interval.low > 0 ? "up" : interval.high < 0 ? "down" : "noise";
}

/** Whether a rise is good news (held in public), bad news (adjourned) or neither (a count). */
export type Polarity = "higherIsBetter" | "higherIsWorse" | "neutral";

export interface RateTrend {
  current: Proportion;
  previous: Proportion;
  /** current − previous rate; null when either has no rate or either is below the minimum n. */
  change: number | null;
  direction: Direction | null;
  /** The 95% interval of the change leaves out zero. */
  significant: boolean;
  /** Newcombe's 95% interval of the change; null when not compared. */
  interval: { low: number; high: number } | null;
  /** The change in words, from its interval (changeWording); null when not compared. */
  wording: ChangeWording | null;
  /** "better" or "worse" for a significant change of a rate with a polarity; null otherwise. */
  verdict: "better" | "worse" | null;
}

const directionOf = (change: number): Direction => (change > 0 ? "up" : change < 0 ? "down" : "same");

function verdictOf(direction: Direction, significant: boolean, polarity: Polarity): "better" | "worse" | null {
  if (!significant || direction === "same" || polarity === "neutral") return null;
  return (direction === "up") === (polarity === "higherIsBetter") ? "better" : "worse";
}

export function rateTrend(current: Proportion, previous: Proportion, polarity: Polarity): RateTrend {
  const difference = current.belowMinimumN || previous.belowMinimumN ? null : proportionDifference(current, previous);
  if (!difference) return { current, previous, change: null, direction: null, significant: false, interval: null, wording: null, verdict: null };
  const direction = directionOf(difference.difference);
  const interval = { low: difference.low, high: difference.high };
  return {
    current, previous, change: difference.difference, direction, significant: difference.significant,
    interval, wording: changeWording(interval), verdict: verdictOf(direction, difference.significant, polarity),
  };
}

export interface ValueTrend {
  current: number | null;
  previous: number | null;
  change: number | null;
  direction: Direction | null;
}

/** A count or a mean next to the previous period's, without a test of significance. */
export function valueTrend(current: number | null, previous: number | null): ValueTrend {
  if (current === null || previous === null) return { current, previous, change: null, direction: null };
  const change = current - previous;
  return { current, previous, change, direction: directionOf(change) };
}
