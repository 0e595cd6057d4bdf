import { isCalendarDay } from "@/lib/time/calendar-days";
import { cleanString } from "./clean-string";

/**
 * A day in a query string or a form, "YYYY-MM-DD": a real calendar day or a validation error, so that
 * "2025-13-45" never reaches a query as an invalid date.
 */
export const calendarDay = cleanString().max(10).refine(isCalendarDay, "validation.invalidDate");

/** A day filter of a list page: a bad value is dropped rather than failing the page. */
export const optionalDayFilter = calendarDay.optional().catch(undefined);
