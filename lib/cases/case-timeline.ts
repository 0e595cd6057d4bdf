import { courtDay } from "@/lib/time/zone";

/** Whole court days from one instant to another (a hearing on the first hearing's day is day 0). */
export function courtDaysBetween(from: Date, to: Date): number {
  const a = Date.parse(`${courtDay(from)}T00:00:00Z`);
  const b = Date.parse(`${courtDay(to)}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

export interface TimelineHearing {
  scheduledAt: Date;
  status: "HELD" | "ADJOURNED" | "CANCELLED" | null;
}

/** A case's course so far: its hearings in order with days since the first, and how often it was adjourned. */
export function caseTimeline<T extends TimelineHearing>(hearings: T[], firstHearingAt: Date | null) {
  const ordered = [...hearings].sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  const first = firstHearingAt ?? ordered[0]?.scheduledAt ?? null;
  return {
    hearings: ordered.map((h) => ({ ...h, daysFromFirst: first ? courtDaysBetween(first, h.scheduledAt) : 0 })),
    adjournments: ordered.filter((h) => h.status === "ADJOURNED").length,
  };
}
