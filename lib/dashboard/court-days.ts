import { addDays } from "@/lib/reports/period";
import { fromCourtParts } from "@/lib/time/zone";

/**
 * A range of court days as instants: from midnight court time on the first day to midnight after the
 * last, so that a query on Hearing.scheduledAt counts the same hearings as ReportHearing.courtDay.
 */
export function courtDayBounds(from: string, to: string): { start: Date; end: Date } {
  const midnight = (day: string) => {
    const [year, month, date] = day.split("-").map(Number) as [number, number, number];
    return fromCourtParts({ year, month, day: date, hour: 0, minute: 0 });
  };
  return { start: midnight(from), end: midnight(addDays(to, 1)) };
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
