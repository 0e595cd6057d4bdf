import { addMonths, lastDayOfMonth, monthOf, type DayRange } from "@/lib/reports/period";
import { addDays } from "@/lib/time/calendar-days";

/**
 * The dashboard's periods: a calendar month, quarter or year, or any custom range of court days. The URL
 * holds only from and to (as the reports do), so that a shared view names the same days whenever it is
 * opened; the kind is read back from the days. Each period is compared with the one before it: the
 * previous month, quarter or year, or for a custom range the same number of days just before.
 */
export const PERIOD_KINDS = ["month", "quarter", "year", "custom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export type CalendarKind = Exclude<PeriodKind, "custom">;

const quarterStart = (day: string) => `${day.slice(0, 4)}-${String(Math.floor((Number(day.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, "0")}-01`;

/** The month, quarter or year that holds a day. */
export function calendarPeriod(kind: CalendarKind, day: string): DayRange {
  switch (kind) {
    case "month": return { from: monthOf(day), to: lastDayOfMonth(day) };
    case "quarter": {
      const from = quarterStart(day);
      return { from, to: lastDayOfMonth(addMonths(from, 2)) };
    }
    case "year": return { from: `${day.slice(0, 4)}-01-01`, to: `${day.slice(0, 4)}-12-31` };
  }
}

export function periodKind(period: DayRange): PeriodKind {
  for (const kind of ["month", "quarter", "year"] as const) {
    const calendar = calendarPeriod(kind, period.from);
    if (calendar.from === period.from && calendar.to === period.to) return kind;
  }
  return "custom";
}

/** Days in a period, both ends included. */
export function periodLength({ from, to }: DayRange): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The period `steps` periods of the same kind away (−1: the one before). */
export function shiftPeriod(period: DayRange, steps: number): DayRange {
  const kind = periodKind(period);
  if (kind === "custom") {
    const length = periodLength(period) * steps;
    return { from: addDays(period.from, length), to: addDays(period.to, length) };
  }
  const months = { month: 1, quarter: 3, year: 12 }[kind] * steps;
  return calendarPeriod(kind, addMonths(period.from, months));
}

export function previousPeriod(period: DayRange): DayRange {
  return shiftPeriod(period, -1);
}

export function includesDay(period: DayRange, day: string): boolean {
  return period.from <= day && day <= period.to;
}
