/**
 * How long a report has waited for review, in the largest unit that is at least one (minutes, hours,
 * days), for "waiting 3 days". A report waiting longer than LONG_WAIT_DAYS is flagged.
 */
export const LONG_WAIT_DAYS = 7;

export interface WaitingTime {
  unit: "minutes" | "hours" | "days";
  count: number;
  long: boolean;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function waitingTime(since: Date, now: Date): WaitingTime {
  const elapsed = Math.max(0, now.getTime() - since.getTime());
  const long = elapsed > LONG_WAIT_DAYS * DAY;
  if (elapsed >= DAY) return { unit: "days", count: Math.floor(elapsed / DAY), long };
  if (elapsed >= HOUR) return { unit: "hours", count: Math.floor(elapsed / HOUR), long };
  return { unit: "minutes", count: Math.floor(elapsed / MINUTE), long };
}
