import { toCourtDateTimeInput } from "@/lib/time/zone";

/** Tomorrow at nine, court time: what a hearing scheduled ahead most often is. */
export function nextMorning(now = new Date()): string {
  const tomorrow = new Date(now.getTime() + 24 * 3600_000);
  return `${toCourtDateTimeInput(tomorrow).slice(0, 10)}T09:00`;
}
