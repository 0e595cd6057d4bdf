import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewState } from "@/lib/generated/prisma/enums";
import { pageWindow, type Page } from "@/lib/pagination";
import { addCourtDays } from "@/lib/time/court-day-range";
import { fromCourtDateTimeInput } from "@/lib/time/zone";
import type { HearingListFilters } from "./list-filters";

const listSelect = {
  id: true, scheduledAt: true, stage: true, status: true, reviewState: true, updatedAt: true,
  case: { select: { id: true, caseNumber: true } },
  court: { select: { nameSq: true, nameSr: true } },
} as const;

export type HearingListItem = Prisma.HearingGetPayload<{ select: typeof listSelect }>;

function dayStart(day: string): Date | null {
  return fromCourtDateTimeInput(`${day}T00:00`);
}

function listWhere(user: SessionUser, filters: HearingListFilters, now: Date): Prisma.HearingWhereInput {
  const where: Prisma.HearingWhereInput = { monitorId: user.id };
  if (filters.view === "upcoming") Object.assign(where, { reviewState: "DRAFT", scheduledAt: { gte: now } });
  else if (filters.view) where.reviewState = filters.view;
  if (filters.court) where.courtId = filters.court;
  if (filters.q) where.case = { caseNumber: { contains: filters.q, mode: "insensitive" } };
  const from = filters.from ? dayStart(filters.from) : null;
  const to = filters.to ? dayStart(filters.to) : null;
  if (from || to) {
    const range: Prisma.DateTimeFilter = filters.view === "upcoming" ? { gte: now } : {};
    if (from && (!range.gte || from > (range.gte as Date))) range.gte = from;
    // "to" is a whole court day: up to the start of the next one.
    if (to && filters.to) range.lt = dayStart(addCourtDays(filters.to, 1)) ?? undefined;
    where.scheduledAt = range;
  }
  return where;
}

/** The monitor's own hearings, filtered and paginated; upcoming soonest first, others latest first. */
export async function listMyHearings(user: SessionUser, filters: HearingListFilters, now = new Date()): Promise<Page<HearingListItem>> {
  const where = listWhere(user, filters, now);
  const orderBy: Prisma.HearingOrderByWithRelationInput[] = filters.view === "upcoming" ? [{ scheduledAt: "asc" }, { id: "asc" }] : [{ scheduledAt: "desc" }, { id: "desc" }];
  const [total, items] = await Promise.all([
    prisma.hearing.count({ where }),
    prisma.hearing.findMany({ where, orderBy, ...pageWindow(filters), select: listSelect }),
  ]);
  return { items, total, page: filters.page, size: filters.size };
}

/** Counts of the monitor's own reports by review state, and their next scheduled hearings. */
export async function monitorOverview(user: SessionUser, now = new Date()) {
  const [byState, upcoming] = await Promise.all([
    prisma.hearing.groupBy({ by: ["reviewState"], where: { monitorId: user.id }, _count: { _all: true } }),
    prisma.hearing.findMany({
      where: { monitorId: user.id, reviewState: "DRAFT", scheduledAt: { gte: now } },
      orderBy: { scheduledAt: "asc" },
      take: 5,
      select: listSelect,
    }),
  ]);
  return {
    counts: Object.fromEntries(byState.map((row) => [row.reviewState, row._count._all])) as Partial<Record<ReviewState, number>>,
    upcoming,
  };
}
