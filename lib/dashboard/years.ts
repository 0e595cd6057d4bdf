import type { HearingIndicators } from "@/lib/reports/hearing-indicator-queries";
import { proportion, type Proportion } from "@/lib/reports/stats";
import { CONDUCT_RATES, type ConductRate } from "./conduct";
import { rateTrend, type RateTrend } from "./trend";

/**
 * The courts' conduct year by year, for a donor's question "is it getting better?": hearings monitored
 * and each conduct rate per calendar year (summed from the months of hearingIndicators by month), each
 * rate against the year before with the same interval rule as the period comparison.
 */
export interface YearFigures {
  year: number;
  hearings: number;
  rates: { indicator: ConductRate; trend: RateTrend }[];
}

export function yearsOf(months: HearingIndicators[], minimumN: number): YearFigures[] {
  const byYear = new Map<number, { hearings: number; counts: Map<ConductRate, [number, number]> }>();
  for (const month of months) {
    const year = Number(month.group.key.slice(0, 4));
    const entry = byYear.get(year) ?? { hearings: 0, counts: new Map() };
    entry.hearings += month.hearings;
    for (const { indicator } of CONDUCT_RATES) {
      const [n, d] = entry.counts.get(indicator) ?? [0, 0];
      entry.counts.set(indicator, [n + month.rates[indicator].numerator, d + month.rates[indicator].denominator]);
    }
    byYear.set(year, entry);
  }
  const years = [...byYear.keys()].sort((a, b) => a - b);
  const rateOf = (year: number, indicator: ConductRate): Proportion => {
    const [n, d] = byYear.get(year)?.counts.get(indicator) ?? [0, 0];
    return proportion(n, d, minimumN);
  };
  return years.map((year) => ({
    year,
    hearings: byYear.get(year)!.hearings,
    rates: CONDUCT_RATES.map(({ indicator, polarity }) => ({ indicator, trend: rateTrend(rateOf(year, indicator), rateOf(year - 1, indicator), polarity) })),
  }));
}
