import { addDays } from "./calendar-days";
import { courtDay, fromCourtDateTimeInput } from "./zone";

/**
 * The instants of a period of whole court days, "from" and "to" inclusive (YYYY-MM-DD), as a Prisma range
 * filter; null when neither end is given.
 */
export function courtDayRange(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } | null {
  const start = from ? fromCourtDateTimeInput(`${from}T00:00`) : null;
  const end = to ? fromCourtDateTimeInput(`${addDays(to, 1)}T00:00`) : null;
  if (!start && !end) return null;
  return { ...(start ? { gte: start } : {}), ...(end ? { lt: end } : {}) };
}

/** Today in court time and the `days` court days after it, whole: from today's start to the last one's end. */
export function courtDaysAhead(now: Date, days: number): { gte: Date; lt: Date } {
  const today = courtDay(now);
  return courtDayRange(today, addDays(today, days)) as { gte: Date; lt: Date };
}
