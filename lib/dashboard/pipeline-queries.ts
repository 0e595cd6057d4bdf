import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReviewState } from "@/lib/generated/prisma/enums";
import { pageWindow, type Page, type PageParams } from "@/lib/pagination";
import type { ReportReference } from "@/lib/reports/reference-queries";
import { courtDayBounds, daysBefore } from "./court-days";
import { STALE_AFTER_DAYS, type PipelineQuery, type PipelineStage } from "./pipeline";

/**
 * The reports behind a pipeline figure of the dashboard, as a Prisma `where` over Hearing: the same
 * definitions as the counts of activity-queries.ts (an integration test holds them equal).
 */
const STATE: Record<PipelineStage, ReviewState> = { upcoming: "DRAFT", draft: "DRAFT", returned: "RETURNED", submitted: "SUBMITTED", approved: "APPROVED" };

/** Courts of a region code (an unknown code: none), or null for every court. */
export function regionCourtIds(region: string | undefined, reference: ReportReference): number[] | null {
  if (!region) return null;
  const regionId = reference.regions.find((r) => r.code === region)?.id;
  return reference.courts.filter((c) => c.regionId === regionId).map((c) => c.id);
}

/** Waiting since before `cutoff`: the moment of the last step, or the last change when that is missing. */
const waitingSince = (field: "reviewedAt" | "submittedAt", cutoff: Date): Prisma.HearingWhereInput => ({
  OR: [{ [field]: { lt: cutoff } }, { [field]: null, updatedAt: { lt: cutoff } }],
});

export function pipelineWhere(query: PipelineQuery, reference: ReportReference, now: Date): Prisma.HearingWhereInput {
  const cutoff = daysBefore(now, STALE_AFTER_DAYS);
  const conditions: Prisma.HearingWhereInput[] = [{ reviewState: STATE[query.stage] }];
  const courtIds = regionCourtIds(query.region, reference);
  if (courtIds) conditions.push({ courtId: { in: courtIds } });
  if (query.monitorId) conditions.push({ monitorId: query.monitorId });
  if (query.from && query.to) {
    const { start, end } = courtDayBounds(query.from, query.to);
    conditions.push({ scheduledAt: { gte: start, lt: end } });
  }
  if (query.stage === "upcoming") conditions.push({ scheduledAt: { gte: now } });
  if (query.stage === "draft") conditions.push({ scheduledAt: { lt: query.stale ? cutoff : now } });
  if (query.stale && query.stage === "returned") conditions.push(waitingSince("reviewedAt", cutoff));
  if (query.stale && query.stage === "submitted") conditions.push(waitingSince("submittedAt", cutoff));
  return { AND: conditions };
}

const listSelect = {
  id: true, scheduledAt: true, reviewState: true, submittedAt: true, reviewedAt: true, updatedAt: true,
  case: { select: { caseNumber: true } },
  court: { select: { nameSq: true, nameSr: true } },
  monitor: { select: { name: true } },
} as const;

export type PipelineItem = Prisma.HearingGetPayload<{ select: typeof listSelect }>;

/**
 * One page of the reports of a stage: the longest waiting first (the backlog's oldest), upcoming hearings
 * soonest first, approved ones newest first.
 */
export async function pipelinePage(query: PipelineQuery, page: PageParams, reference: ReportReference, now = new Date()): Promise<Page<PipelineItem>> {
  const where = pipelineWhere(query, reference, now);
  const orderBy: Prisma.HearingOrderByWithRelationInput[] =
    query.stage === "approved" ? [{ scheduledAt: "desc" }, { id: "desc" }]
    : query.stage === "submitted" ? [{ submittedAt: "asc" }, { id: "asc" }]
    : query.stage === "returned" ? [{ reviewedAt: "asc" }, { id: "asc" }]
    : [{ scheduledAt: "asc" }, { id: "asc" }];
  const [total, items] = await Promise.all([
    prisma.hearing.count({ where }),
    prisma.hearing.findMany({ where, orderBy, ...pageWindow(page), select: listSelect }),
  ]);
  return { items, total, page: page.page, size: page.size };
}

export async function pipelineMonitorName(monitorId: number): Promise<string | null> {
  const monitor = await prisma.user.findFirst({ where: { id: monitorId, role: "MONITOR" }, select: { name: true } });
  return monitor?.name ?? null;
}
