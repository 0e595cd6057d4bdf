import { Prisma } from "@/lib/generated/prisma/client";
import { fromDbDate } from "./calendar-date";

/**
 * The one rule of "awaiting a reply" and "overdue", for every screen that counts interventions (the
 * interventions list and its menu badge, an intervention's page, the manager's dashboard): awaiting = sent
 * and no reply recorded; overdue = awaiting and the reply due date is before today (court time). The due
 * date is fixed once, when the intervention is written (interventionColumns: the date chosen, or the
 * setting's reply days after sending), so no reader re-derives it.
 */
export interface OverdueDates {
  sentAt: Date | null;
  replyDueAt: Date | null;
  repliedAt: Date | null;
}

export function isAwaiting(dates: OverdueDates): boolean {
  return dates.sentAt !== null && dates.repliedAt === null;
}

export function isOverdue(dates: OverdueDates, today: string): boolean {
  return isAwaiting(dates) && dates.replyDueAt !== null && fromDbDate(dates.replyDueAt) < today;
}

/** The same rules over Intervention rows `alias` in SQL, for grouped counts. */
export function awaitingSql(alias: string): Prisma.Sql {
  const a = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${a}."sentAt" IS NOT NULL AND ${a}."repliedAt" IS NULL)`;
}

export function overdueSql(alias: string, today: string): Prisma.Sql {
  return Prisma.sql`(${awaitingSql(alias)} AND ${Prisma.raw(`"${alias}"`)}."replyDueAt" < ${today}::date)`;
}
