import { periodLength } from "./period";

/**
 * Hearings monitored in a calendar year against the annual target: the share reached, where a steady
 * pace would stand today, and the monthly pace needed for the rest of the year next to the pace so far.
 * Months are twelfths of the year, so that the figures do not jump at a 28- or 31-day month.
 */
export interface TargetProgress {
  year: number;
  target: number;
  monitored: number;
  /** monitored ÷ target; null without a target. */
  share: number | null;
  /** The year is over, under way or still to come on `today`. */
  status: "past" | "current" | "future";
  /** What a steady pace from 1 January would have reached by the end of today. */
  expectedByNow: number;
  /** Hearings a month so far; null before the year starts. */
  monthlyPaceSoFar: number | null;
  /** Hearings a month needed from tomorrow to reach the target; 0 once it is reached, null when the year is over. */
  monthlyPaceNeeded: number | null;
  /** Where the year ends at the pace so far; null before the year starts. */
  projected: number | null;
}

export function targetProgress({ year, target, monitored, today }: { year: number; target: number; monitored: number; today: string }): TargetProgress {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const daysInYear = periodLength({ from: first, to: last });
  const status = today > last ? "past" : today < first ? "future" : "current";
  const elapsedDays = status === "past" ? daysInYear : status === "future" ? 0 : periodLength({ from: first, to: today });
  const monthsOf = (days: number) => (days * 12) / daysInYear;
  const remainingMonths = monthsOf(daysInYear - elapsedDays);
  return {
    year,
    target,
    monitored,
    share: target > 0 ? monitored / target : null,
    status,
    expectedByNow: Math.round((target * elapsedDays) / daysInYear),
    monthlyPaceSoFar: elapsedDays > 0 ? monitored / monthsOf(elapsedDays) : null,
    monthlyPaceNeeded: status === "past" ? null : monitored >= target ? 0 : remainingMonths > 0 ? (target - monitored) / remainingMonths : null,
    projected: elapsedDays > 0 ? Math.round((monitored * daysInYear) / elapsedDays) : null,
  };
}

/** The cumulative count a steady pace reaches by the end of each month: the target line of the chart. */
export function targetLine(year: number, target: number): number[] {
  const daysInYear = periodLength({ from: `${year}-01-01`, to: `${year}-12-31` });
  let days = 0;
  return Array.from({ length: 12 }, (_, month) => {
    days += new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    return Math.round((target * days) / daysInYear);
  });
}

export interface MonthProgress {
  /** "YYYY-MM". */
  month: string;
  hearings: number;
  /** Running total up to this month; null for months that have not begun. */
  cumulative: number | null;
  /** Where a steady pace to the target stands at the end of the month. */
  steady: number;
}

/** The year's months with their running total beside the steady pace to the target. */
export function monthlyProgress(months: { month: string; hearings: number }[], year: number, target: number, today: string): MonthProgress[] {
  const line = targetLine(year, target);
  const totals = months.map((_, i) => months.slice(0, i + 1).reduce((sum, m) => sum + m.hearings, 0));
  return months.map((m, i) => ({
    month: m.month,
    hearings: m.hearings,
    cumulative: `${m.month}-01` <= today ? totals[i]! : null,
    steady: line[Number(m.month.slice(5, 7)) - 1] ?? target,
  }));
}
