import { isOverdue } from "./overdue";

/**
 * Where an intervention stands with its addressee: not sent yet, awaiting a reply, overdue (the reply is
 * due before today and has not come), or replied.
 */
export const REPLY_STATUSES = ["notSent", "awaiting", "overdue", "replied"] as const;
export type ReplyStatus = (typeof REPLY_STATUSES)[number];

export interface ReplyDates {
  sentAt: Date | null;
  replyDueAt: Date | null;
  repliedAt: Date | null;
}

export function replyStatus(dates: ReplyDates, today: string): ReplyStatus {
  if (dates.repliedAt) return "replied";
  if (!dates.sentAt) return "notSent";
  if (isOverdue(dates, today)) return "overdue";
  return "awaiting";
}
