/**
 * Interventions carry calendar dates (sent, reply due, replied), stored as SQL dates: "YYYY-MM-DD" in forms
 * and URLs, a Date at UTC midnight in Prisma. Court time decides which day "today" is.
 */
import { courtDay } from "@/lib/time/zone";

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

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

export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today in the courts' time zone, as "YYYY-MM-DD". */
export function courtToday(now = new Date()): string {
  return courtDay(now);
}
