import { fromDbDate } from "./calendar-date";

/**
 * The one rule of "awaiting a reply" and "overdue", for every screen that counts interventions (the
 * interventions list and its menu badge, an intervention's page, the manager's dashboard): awaiting = sent
 * and no reply recorded; overdue = awaiting and the reply due date is before today (court time). The due
 * date is fixed once, when the intervention is written (interventionColumns: the date chosen, or the
 * setting's reply days after sending), so no reader re-derives it. The same rules in SQL: overdue-sql.ts;
 * as a Prisma `where`: overdue-where.ts. Pure: client components use it.
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
