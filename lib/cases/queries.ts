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
    select: { id: true, caseNumber: true, category: true, subject: true, _count: { select: { hearings: { where: hearingScope(user) } } } },
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
  // Only the hearings this user may see count, first hearing included: another monitor's unsubmitted
  // report does not exist for them, not even as a number or a date.
  const { hearings, ...rest } = kase;
  return { ...rest, totalHearings: hearings.length, ...caseTimeline(hearings, hearings[0]?.scheduledAt ?? null) };
}

export type CaseHistory = NonNullable<Awaited<ReturnType<typeof getCaseHistory>>>;

const listSelect = (user: SessionUser) => ({
  id: true, caseNumber: true, category: true, subject: true, status: true,
  court: { select: { nameSq: true, nameSr: true } },
  _count: { select: { hearings: { where: hearingScope(user) } } },
}) satisfies Prisma.CaseSelect;

export type CaseListItem = Prisma.CaseGetPayload<{ select: ReturnType<typeof listSelect> }>;

/** Cases in the user's scope, by number, filtered and paginated. */
export async function listCases(user: SessionUser, filters: CaseListFilters): Promise<Page<CaseListItem>> {
  const where: Prisma.CaseWhereInput = { AND: [caseScope(user)] };
  if (filters.q) where.caseNumber = { contains: filters.q, mode: "insensitive" };
  if (filters.court) where.courtId = filters.court;
  const [total, items] = await Promise.all([
    prisma.case.count({ where }),
    prisma.case.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], ...pageWindow(filters), select: listSelect(user) }),
  ]);
  return { items, total, page: filters.page, size: filters.size };
}
