import type { Prisma } from "@/lib/generated/prisma/client";
import { dayStart } from "./calendar-date";
import type { ReplyStatus } from "./reply-status";

/**
 * The rules of overdue.ts (awaiting, overdue) and reply-status.ts as Prisma `where` clauses, for the
 * interventions list and its menu badge (today in court time). The SQL form is overdue-sql.ts;
 * tests/integration/interventions/overdue-forms.test.ts holds the three to the same rows.
 */
export function awaitingWhere(): Prisma.InterventionWhereInput {
  return { sentAt: { not: null }, repliedAt: null };
}

export function overdueWhere(today: string): Prisma.InterventionWhereInput {
  return { AND: [awaitingWhere(), { replyDueAt: { lt: dayStart(today) } }] };
}

/** Awaiting and not overdue: no due date, or due today or later (a NOT of overdueWhere would drop no date). */
function awaitingNotOverdueWhere(today: string): Prisma.InterventionWhereInput {
  return { AND: [awaitingWhere(), { OR: [{ replyDueAt: null }, { replyDueAt: { gte: dayStart(today) } }] }] };
}

export function replyStatusWhere(status: ReplyStatus, today: string): Prisma.InterventionWhereInput {
  switch (status) {
    case "replied":
      return { repliedAt: { not: null } };
    case "notSent":
      return { repliedAt: null, sentAt: null };
    case "overdue":
      return overdueWhere(today);
    case "awaiting":
      return awaitingNotOverdueWhere(today);
  }
}
