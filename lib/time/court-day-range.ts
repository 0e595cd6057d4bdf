import { courtDay, fromCourtDateTimeInput } from "./zone";

/** The calendar day `days` after (or before) a "YYYY-MM-DD" day. */
export function addCourtDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The instants of a period of whole court days, "from" and "to" inclusive (YYYY-MM-DD), as a Prisma range
 * filter; null when neither end is given.
 */
export function courtDayRange(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } | null {
  const start = from ? fromCourtDateTimeInput(`${from}T00:00`) : null;
  const end = to ? fromCourtDateTimeInput(`${addCourtDays(to, 1)}T00:00`) : null;
  if (!start && !end) return null;
  return { ...(start ? { gte: start } : {}), ...(end ? { lt: end } : {}) };
}

/** Today in court time and the `days` court days after it, whole: from today's start to the last one's end. */
export function courtDaysAhead(now: Date, days: number): { gte: Date; lt: Date } {
  const today = courtDay(now);
  return courtDayRange(today, addCourtDays(today, days)) as { gte: Date; lt: Date };
}
