import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWindow, type Page } from "@/lib/pagination";
import type { ReviewQueueFilters } from "./queue-filters";

const queueSelect = {
  id: true, submittedAt: true, scheduledAt: true, stage: true, status: true,
  case: { select: { id: true, caseNumber: true, category: true, subject: true } },
  court: { select: { nameSq: true, nameSr: true, region: { select: { nameSq: true, nameSr: true } } } },
  monitor: { select: { id: true, name: true } },
  _count: { select: { comments: true } },
} as const;

export type ReviewQueueItem = Prisma.HearingGetPayload<{ select: typeof queueSelect }>;

function queueWhere(filters: ReviewQueueFilters): Prisma.HearingWhereInput {
  const where: Prisma.HearingWhereInput = { reviewState: "SUBMITTED" };
  if (filters.court) where.courtId = filters.court;
  if (filters.region) where.court = { regionId: filters.region };
  if (filters.subject) where.case = { subject: filters.subject };
  if (filters.monitor) where.monitorId = filters.monitor;
  return where;
}

/**
 * Submitted reports waiting for review, oldest submission first, filtered by region, court, case subject
 * and monitor. Reviewers see every region, so no scope narrows it.
 */
export async function reviewQueue(filters: ReviewQueueFilters): Promise<Page<ReviewQueueItem>> {
  const where = queueWhere(filters);
  const [total, items] = await Promise.all([
    prisma.hearing.count({ where }),
    prisma.hearing.findMany({ where, orderBy: [{ submittedAt: "asc" }, { id: "asc" }], ...pageWindow(filters), select: queueSelect }),
  ]);
  return { items, total, page: filters.page, size: filters.size };
}

/** The choices of the queue's filters: regions, courts (retired ones too: their reports may still wait), monitors. */
export async function reviewQueueFilterOptions() {
  const [regions, courts, monitors] = await Promise.all([
    prisma.region.findMany({ orderBy: { nameSq: "asc" }, select: { id: true, nameSq: true, nameSr: true } }),
    prisma.court.findMany({ orderBy: { nameSq: "asc" }, select: { id: true, nameSq: true, nameSr: true } }),
    prisma.user.findMany({ where: { role: "MONITOR" }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { regions, courts, monitors };
}
