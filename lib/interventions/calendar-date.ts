/**
 * Interventions carry calendar dates (sent, reply due, replied), stored as SQL dates: "YYYY-MM-DD" in forms
 * and URLs, a Date at UTC midnight in Prisma. Court time decides which day "today" is. What a real day is and
 * how to step from one to another: lib/time/calendar-days.ts.
 */
import { courtDay } from "@/lib/time/zone";

export function toDbDate(day: string | null | undefined): Date | null {
  return day ? dayStart(day) : null;
}

/** The SQL date of a calendar day that is known to be there. */
export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function fromDbDate(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** Today in the courts' time zone, as "YYYY-MM-DD". */
export function courtToday(now = new Date()): string {
  return courtDay(now);
}
