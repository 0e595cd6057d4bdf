/**
 * The arithmetic behind every published figure, pure so that it is unit-tested against hand-computed
 * values: proportions with their Wilson score interval and minimum-n flag, means and medians (from plain
 * values or from a histogram of counts), and rankings that leave flagged rates out.
 */

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  low: number;
  high: number;
}

/**
 * Wilson score interval of `successes` out of `n`. Unlike the textbook p ± z·√(p(1−p)/n) it stays inside
 * [0, 1] and does not collapse to a point at 0% or 100%, which matters for the small samples of one court.
 * Null when n is 0: there is no rate to bound.
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval | null {
  if (!Number.isFinite(n) || n <= 0) return null;
  if (successes < 0 || successes > n) throw new RangeError(`successes ${successes} outside 0..${n}`);
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At 0% the lower bound is exactly 0 and at 100% the upper bound exactly 1; floating-point sums land a
  // hair off, so say so exactly rather than print 99.99…%.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === n ? 1 : Math.min(1, centre + half),
  };
}

export interface Proportion {
  numerator: number;
  denominator: number;
  /** numerator / denominator; null when the denominator is 0. */
  rate: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  /** The denominator is below the minimum n: shown, flagged, and left out of rankings. */
  belowMinimumN: boolean;
}

export function proportion(numerator: number, denominator: number, minimumN: number): Proportion {
  const interval = wilsonInterval(numerator, denominator);
  return {
    numerator,
    denominator,
    rate: denominator > 0 ? numerator / denominator : null,
    ciLow: interval?.low ?? null,
    ciHigh: interval?.high ?? null,
    belowMinimumN: denominator < minimumN,
  };
}

export function mean(values: readonly number[]): number | null {
  if (!values.length) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** The middle value; the mean of the two middle values for an even count. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** One bar of a histogram: how many observations had exactly this value. */
export interface HistogramBin {
  value: number;
  count: number;
}

export interface Distribution {
  count: number;
  mean: number | null;
  median: number | null;
}

/**
 * Count, mean and median of the observations a histogram of exact values describes: the same results as
 * mean() and median() over the expanded values, without expanding them.
 */
export function distributionOf(bins: readonly HistogramBin[]): Distribution {
  const sorted = bins.filter((b) => b.count > 0).sort((a, b) => a.value - b.value);
  const count = sorted.reduce((sum, b) => sum + b.count, 0);
  if (!count) return { count: 0, mean: null, median: null };
  const total = sorted.reduce((sum, b) => sum + b.value * b.count, 0);
  const valueAt = (index: number) => {
    let seen = 0;
    for (const bin of sorted) {
      seen += bin.count;
      if (index < seen) return bin.value;
    }
    return sorted[sorted.length - 1]!.value;
  };
  const middle = count >> 1;
  const med = count % 2 ? valueAt(middle) : (valueAt(middle - 1) + valueAt(middle)) / 2;
  return { count, mean: total / count, median: med };
}

/** Observations above a threshold in a histogram (e.g. hearings that started more than 15 minutes late). */
export function countAbove(bins: readonly HistogramBin[], threshold: number): number {
  return bins.reduce((sum, b) => (b.value > threshold ? sum + b.count : sum), 0);
}

/**
 * Rank positions (1 = highest rate) for the rows that may be ranked: a rate below the minimum n, or with
 * no denominator, gets null and does not take a place. Ties share a rank ("1, 2, 2, 4").
 */
export function rankByRate<T extends { rate: number | null; belowMinimumN: boolean }>(rows: readonly T[]): (number | null)[] {
  const ranked = rows
    .map((row, index) => ({ rate: row.rate, index, eligible: !row.belowMinimumN && row.rate !== null }))
    .filter((r) => r.eligible)
    .sort((a, b) => b.rate! - a.rate!);
  const ranks: (number | null)[] = rows.map(() => null);
  ranked.forEach((r, position) => {
    const previous = ranked[position - 1];
    ranks[r.index] = previous && previous.rate === r.rate ? ranks[previous.index]! : position + 1;
  });
  return ranks;
}

export interface Difference {
  /** current rate − previous rate, in [−1, 1]. */
  difference: number;
  low: number;
  high: number;
  /** The 95% interval of the difference leaves out 0: a change, not noise. */
  significant: boolean;
}

/**
 * The difference between two independent rates with its 95% interval by Newcombe's hybrid score method
 * (method 10 of Newcombe 1998), built from the two Wilson intervals the reports already print: it stays
 * inside [−1, 1] and behaves at 0% and 100% where the textbook Wald interval does not. Null when either
 * rate has no denominator.
 */
export function proportionDifference(a: { numerator: number; denominator: number }, b: { numerator: number; denominator: number }): Difference | null {
  const ia = wilsonInterval(a.numerator, a.denominator);
  const ib = wilsonInterval(b.numerator, b.denominator);
  if (!ia || !ib) return null;
  const pa = a.numerator / a.denominator;
  const pb = b.numerator / b.denominator;
  const difference = pa - pb;
  const low = difference - Math.sqrt((pa - ia.low) ** 2 + (ib.high - pb) ** 2);
  const high = difference + Math.sqrt((ia.high - pa) ** 2 + (pb - ib.low) ** 2);
  return { difference, low, high, significant: low > 0 || high < 0 };
}
