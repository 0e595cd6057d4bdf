/**
 * Calendar days written "YYYY-MM-DD": the one place that says what a real day is and how to step from one
 * to another. Forms, URLs, report periods, intervention dates and court-day ranges all use these; which day
 * "today" is in court time is lib/time/zone.ts's courtDay().
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days outside these years are typing mistakes; they also stay clear of time-zone arithmetic's edges. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

/** True for a real calendar day written "YYYY-MM-DD" ("2025-02-29" and "2025-13-45" are not). */
export function isCalendarDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The day `days` after (or, negative, before) a real calendar day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
