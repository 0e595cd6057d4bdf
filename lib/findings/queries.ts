import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWindow, type Page } from "@/lib/pagination";
import { courtDayRange } from "@/lib/time/court-day-range";
import type { FindingListFilters } from "./schema";

const standardSelect = { id: true, number: true, nameEn: true, nameSq: true, nameSr: true } as const;
const courtSelect = { id: true, nameSq: true, nameSr: true } as const;

const listSelect = {
  id: true, title: true, severity: true, status: true, createdAt: true,
  standard: { select: standardSelect },
  case: { select: { id: true, caseNumber: true, court: { select: courtSelect } } },
  createdBy: { select: { name: true } },
  _count: { select: { hearings: true, interventions: true } },
} as const;

export type FindingListItem = Prisma.FindingGetPayload<{ select: typeof listSelect }>;

function listWhere(filters: FindingListFilters): Prisma.FindingWhereInput {
  const where: Prisma.FindingWhereInput = {};
  if (filters.standard) where.standardId = filters.standard;
  if (filters.severity) where.severity = filters.severity;
  if (filters.status) where.status = filters.status;
  // Court, region and period are those of one and the same hearing the finding rests on.
  const hearing: Prisma.HearingWhereInput = {};
  if (filters.court) hearing.courtId = filters.court;
  if (filters.region) hearing.court = { regionId: filters.region };
  const period = courtDayRange(filters.from, filters.to);
  if (period) hearing.scheduledAt = period;
  if (Object.keys(hearing).length) where.hearings = { some: { hearing } };
  return where;
}

/** Findings, newest first, filtered by standard, court, region, severity, status and period. */
export async function listFindings(filters: FindingListFilters): Promise<Page<FindingListItem>> {
  const where = listWhere(filters);
  const [total, items] = await Promise.all([
    prisma.finding.count({ where }),
    prisma.finding.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(filters), select: listSelect }),
  ]);
  return { items, total, page: filters.page, size: filters.size };
}

/** A finding with the hearings it rests on (and each one's result for the standard) and its interventions. */
export async function getFinding(id: number) {
  const finding = await prisma.finding.findUnique({
    where: { id },
    select: {
      id: true, version: true, title: true, description: true, severity: true, status: true, createdAt: true, updatedAt: true, closedAt: true,
      standardId: true,
      standard: { select: standardSelect },
      case: { select: { id: true, caseNumber: true, court: { select: courtSelect } } },
      createdBy: { select: { name: true } },
      hearings: {
        orderBy: { hearing: { scheduledAt: "asc" } },
        select: {
          hearing: {
            select: {
              id: true, scheduledAt: true, reviewState: true, stage: true, status: true,
              case: { select: { caseNumber: true } },
              court: { select: courtSelect },
              standardResults: { select: { standardId: true, result: true } },
            },
          },
        },
      },
      interventions: {
        orderBy: { intervention: { createdAt: "desc" } },
        select: { intervention: { select: { id: true, title: true, institution: true, type: true, outcome: true, sentAt: true, replyDueAt: true, repliedAt: true } } },
      },
    },
  });
  if (!finding) return null;
  const { hearings, interventions, ...rest } = finding;
  return {
    ...rest,
    hearings: hearings.map(({ hearing: { standardResults, ...hearing } }) => ({
      ...hearing,
      result: standardResults.find((r) => r.standardId === finding.standardId)?.result ?? null,
    })),
    interventions: interventions.map((link) => link.intervention),
  };
}

export type FindingDetail = NonNullable<Awaited<ReturnType<typeof getFinding>>>;

/** The findings that rest on one hearing, for its report page. */
export async function findingsOnHearing(hearingId: number) {
  return prisma.finding.findMany({
    where: { hearings: { some: { hearingId } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, severity: true, status: true, standard: { select: standardSelect } },
  });
}

/** The audit entries of one finding, newest first. */
export async function findingHistory(id: number, take = 20) {
  return prisma.auditLog.findMany({
    where: { entityType: "Finding", entityId: String(id) },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, action: true, createdAt: true, actor: { select: { name: true } } },
  });
}

/** Standards in their official order, for pickers and filters. */
export async function standardOptions() {
  return prisma.standard.findMany({ orderBy: { number: "asc" }, select: standardSelect });
}
