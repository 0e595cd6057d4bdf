import { courtDay, fromCourtDateTimeInput, toCourtParts } from "@/lib/time/zone";

/**
 * Delay and duration are derived from the times, never typed: the start and end are clock times on the
 * court day the hearing was scheduled for.
 */
export interface DerivedTiming {
  scheduledAt: Date;
  actualStartAt: Date | null;
  endedAt: Date | null;
  /** Minutes after the scheduled time that the hearing started; an early start counts as no delay. */
  delayMinutes: number | null;
  durationMinutes: number | null;
}

const MINUTE = 60_000;

export function deriveTiming(scheduledAt: string, actualStartTime: string, endTime: string): DerivedTiming | null {
  const scheduled = fromCourtDateTimeInput(scheduledAt);
  if (!scheduled) return null;
  const day = courtDay(scheduled);
  const at = (clock: string) => (clock ? fromCourtDateTimeInput(`${day}T${clock}`) : null);
  const actualStartAt = at(actualStartTime);
  const endedAt = at(endTime);
  const delayMinutes = actualStartAt ? Math.max(0, Math.round((actualStartAt.getTime() - scheduled.getTime()) / MINUTE)) : null;
  const durationMinutes = actualStartAt && endedAt && endedAt >= actualStartAt ? Math.round((endedAt.getTime() - actualStartAt.getTime()) / MINUTE) : null;
  return { scheduledAt: scheduled, actualStartAt, endedAt, delayMinutes, durationMinutes };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "09:45" in court time, the value of an <input type="time">. */
export function toCourtTimeInput(instant: Date | null | undefined): string {
  if (!instant) return "";
  const p = toCourtParts(instant);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/**
 * What a report can only say once the hearing has taken place: it is not on a later court day than today,
 * and the next hearing (after an adjournment) comes after it. Field errors, keyed like the form's fields.
 */
export function observedTimingErrors(facts: { scheduledAt?: string | null; nextHearingDate?: string | null }, now = new Date()): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const hearingDay = facts.scheduledAt ? facts.scheduledAt.slice(0, 10) : null;
  if (hearingDay && hearingDay > courtDay(now)) errors["facts.scheduledAt"] = ["validation.hearingNotYetHeld"];
  if (hearingDay && facts.nextHearingDate && facts.nextHearingDate <= hearingDay) errors["facts.nextHearingDate"] = ["validation.nextHearingNotAfter"];
  return errors;
}
