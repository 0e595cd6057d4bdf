import type { DayRange } from "@/lib/reports/period";
import type { ValueTrend } from "./trend";

/**
 * Whether a count of this period may be set against the previous period's. Counts of hearings grow with
 * the programme, so a previous period that began before monitoring did (the demo's 2024 holds 113
 * hearings against 2025's 1,837) or holds fewer hearings than the minimum n is not compared: the
 * dashboard says why instead of printing "+1,724". Rates are compared by their intervals (trend.ts).
 */
export type NotComparable = { reason: "beforeMonitoring"; firstMonth: string } | { reason: "tooFew"; hearings: number };

export function countComparison(previous: DayRange, previousHearings: number, firstMonth: string | null, minimumN: number): NotComparable | null {
  if (firstMonth !== null && previous.from < firstMonth) return { reason: "beforeMonitoring", firstMonth };
  if (previousHearings < minimumN) return { reason: "tooFew", hearings: previousHearings };
  return null;
}

/** The trend of a count, with its change withheld when the previous period is not comparable. */
export interface CountTrend extends ValueTrend {
  notComparable: NotComparable | null;
}

export function comparedCount(trend: ValueTrend, notComparable: NotComparable | null): CountTrend {
  return notComparable ? { ...trend, change: null, direction: null, notComparable } : { ...trend, notComparable: null };
}
