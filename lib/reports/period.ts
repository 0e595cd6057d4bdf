/**
 * Report periods are whole court days, "YYYY-MM-DD" to "YYYY-MM-DD" inclusive. The summary tables count
 * by calendar month, so a period is answered as its whole months (from the summaries) plus the days at
 * either end that do not fill a month (from the per-hearing rows): exact for any period, fast for most.
 */

export interface DayRange {
  /** First day, inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

export interface PeriodParts {
  /** First days of the first and last whole months inside the period; null when it holds no whole month. */
  months: { from: string; to: string } | null;
  /** Day ranges outside the whole months: none, one or two. */
  edges: DayRange[];
}

import { addDays } from "@/lib/time/calendar-days";

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);
const toDay = (date: Date) => date.toISOString().slice(0, 10);

/** "YYYY-MM-01" of the month a day falls in. */
export function monthOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function addMonths(month: string, months: number): string {
  const date = toDate(month);
  date.setUTCMonth(date.getUTCMonth() + months, 1);
  return toDay(date);
}

/** Last day of the month a day falls in. */
export function lastDayOfMonth(day: string): string {
  return addDays(addMonths(monthOf(day), 1), -1);
}

export function splitPeriod({ from, to }: DayRange): PeriodParts {
  if (from > to) return { months: null, edges: [] };
  const firstMonth = from.endsWith("-01") ? from : addMonths(monthOf(from), 1);
  const lastMonth = lastDayOfMonth(to) === to ? monthOf(to) : addMonths(monthOf(to), -1);
  if (firstMonth > lastMonth) return { months: null, edges: [{ from, to }] };
  const edges: DayRange[] = [];
  if (from < firstMonth) edges.push({ from, to: addDays(firstMonth, -1) });
  const afterLast = addMonths(lastMonth, 1);
  if (afterLast <= to) edges.push({ from: afterLast, to });
  return { months: { from: firstMonth, to: lastMonth }, edges };
}

/** The months a period touches, in order: the rows of a trend. */
export function monthsBetween({ from, to }: DayRange): string[] {
  const months: string[] = [];
  for (let m = monthOf(from); m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

const nextYear = (day: string) => `${Number(day.slice(0, 4)) + 1}-01-01`;

/**
 * A period as its whole calendar years ("YYYY-01-01" of the first and last) and the ranges outside them
 * (none, one or two), for summaries kept by year as well as by month.
 */
export function splitPeriodByYears({ from, to }: DayRange): { years: { from: string; to: string } | null; rest: DayRange[] } {
  if (from > to) return { years: null, rest: [] };
  const firstYear = from.endsWith("-01-01") ? from : nextYear(from);
  const lastYear = to.endsWith("-12-31") ? `${to.slice(0, 4)}-01-01` : `${Number(to.slice(0, 4)) - 1}-01-01`;
  if (firstYear > lastYear) return { years: null, rest: [{ from, to }] };
  const rest: DayRange[] = [];
  if (from < firstYear) rest.push({ from, to: addDays(firstYear, -1) });
  if (nextYear(lastYear) <= to) rest.push({ from: nextYear(lastYear), to });
  return { years: { from: firstYear, to: lastYear }, rest };
}
