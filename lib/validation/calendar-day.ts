import { cleanString } from "./clean-string";

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

/**
 * A day in a query string or a form, "YYYY-MM-DD": a real calendar day or a validation error, so that
 * "2025-13-45" never reaches a query as an invalid date.
 */
export const calendarDay = cleanString().max(10).refine(isCalendarDay, "validation.invalidDate");

/** A day filter of a list page: a bad value is dropped rather than failing the page. */
export const optionalDayFilter = calendarDay.optional().catch(undefined);
