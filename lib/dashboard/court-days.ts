import { courtDayRange } from "@/lib/time/court-day-range";

/**
 * A range of court days as instants: from midnight court time on the first day to midnight after the
 * last, so that a query on Hearing.scheduledAt counts the same hearings as ReportHearing.courtDay. The
 * rule is lib/time/court-day-range.ts's, which the findings and the audit viewer use too.
 */
export function courtDayBounds(from: string, to: string): { start: Date; end: Date } {
  const range = courtDayRange(from, to)!;
  return { start: range.gte!, end: range.lt! };
}

const DAY_MS = 86_400_000;

/** The instant `days` whole days before `now`: reports older than this are waiting too long. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * DAY_MS);
}

/** Whole days from an instant to `now`. */
export function daysSince(instant: Date, now: Date): number {
  return Math.floor((now.getTime() - instant.getTime()) / DAY_MS);
}
