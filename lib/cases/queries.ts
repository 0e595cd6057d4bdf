import "server-only";
import { caseScope, hearingScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CaseCategory, CaseSubject } from "@/lib/generated/prisma/enums";
import { pageWindow, type Page } from "@/lib/pagination";
import { caseTimeline } from "./case-timeline";
import type { CaseListFilters, CaseSearchInput } from "./schema";

export interface CaseMatch {
  id: number;
  caseNumber: string;
  category: CaseCategory;
  subject: CaseSubject;
  hearingCount: number;
}

/** Cases of one court whose number contains the query, exact match first, for the scheduling form. */
export async function searchCasesInCourt(input: CaseSearchInput, user: SessionUser): Promise<CaseMatch[]> {
  const cases = await prisma.case.findMany({
    where: { courtId: input.courtId, AND: [caseScope(user)], caseNumber: { contains: input.query, mode: "insensitive" } },
    orderBy: { caseNumber: "asc" },
    take: 8,
    select: { id: true, caseNumber: true, category: true, subject: true, _count: { select: { hearings: true } } },
  });
  const exact = input.query.toLowerCase();
  return cases
    .map((c) => ({ id: c.id, caseNumber: c.caseNumber, category: c.category, subject: c.subject, hearingCount: c._count.hearings }))
    .sort((a, b) => Number(b.caseNumber.toLowerCase() === exact) - Number(a.caseNumber.toLowerCase() === exact));
}

const historySelect = {
  id: true, scheduledAt: true, stage: true, status: true, adjournmentReasons: true, nextHearingDate: true,
  delayMinutes: true, reviewState: true, monitor: { select: { name: true } },
} as const;

/**
 * A case with every hearing the user may see, in order, with days from the case's first hearing and the
 * adjournments; null when the case is out of the user's scope.
 */
export async function getCaseHistory(caseId: number, user: SessionUser) {
  const kase = await prisma.case.findFirst({
    where: { id: caseId, AND: [caseScope(user)] },
    select: {
      id: true, caseNumber: true, category: true, subject: true, department: true, status: true, openedAt: true,
      indictedAt: true, verdictAt: true, court: { select: { id: true, nameSq: true, nameSr: true } },
      hearings: { where: hearingScope(user), orderBy: [{ scheduledAt: "asc" }, { id: "asc" }], select: historySelect },
    },
  });
  if (!kase) return null;
  // The first hearing counts even if this user may not open its report.
  const first = await prisma.hearing.aggregate({ where: { caseId }, _min: { scheduledAt: true }, _count: { _all: true } });
  const { hearings, ...rest } = kase;
  return { ...rest, totalHearings: first._count._all, ...caseTimeline(hearings, first._min.scheduledAt) };
}

export type CaseHistory = NonNullable<Awaited<ReturnType<typeof getCaseHistory>>>;

const listSelect = {
  id: true, caseNumber: true, category: true, subject: true, status: true,
  court: { select: { nameSq: true, nameSr: true } },
  _count: { select: { hearings: true } },
} as const;

export type CaseListItem = Prisma.CaseGetPayload<{ select: typeof listSelect }>;

/** Cases in the user's scope, by number, filtered and paginated. */
export async function listCases(user: SessionUser, filters: CaseListFilters): Promise<Page<CaseListItem>> {
  const where: Prisma.CaseWhereInput = { AND: [caseScope(user)] };
  if (filters.q) where.caseNumber = { contains: filters.q, mode: "insensitive" };
  if (filters.court) where.courtId = filters.court;
  const [total, items] = await Promise.all([
    prisma.case.count({ where }),
    prisma.case.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], ...pageWindow(filters), select: listSelect }),
  ]);
  return { items, total, page: filters.page, size: filters.size };
}
