import "server-only";
import { prisma } from "@/lib/db";
import { and, sql } from "@/lib/reports/sql";
import { courtDayBounds, daysBefore } from "./court-days";
import { STALE_AFTER_DAYS } from "./pipeline";

/**
 * Counts of the monitors' reports per court and monitor: where the reports not yet approved stand now
 * (the stages of pipeline.ts, with the same conditions as pipelineWhere), and the approved reports of a
 * period (the hearings monitored of the reports, counted by the scheduled court day).
 */
export interface PipelineCountRow {
  courtId: number;
  monitorId: number;
  upcoming: number;
  draft: number;
  draftStale: number;
  returned: number;
  returnedStale: number;
  submitted: number;
  submittedStale: number;
  /** When the longest-waiting submission was submitted; null when none waits. */
  oldestSubmittedAt: Date | null;
}

export async function pipelineCounts(courtIds: number[] | null, now = new Date()): Promise<PipelineCountRow[]> {
  const cutoff = daysBefore(now, STALE_AFTER_DAYS);
  return prisma.$queryRaw<PipelineCountRow[]>(sql`
    SELECT h."courtId", h."monitorId",
      count(*) FILTER (WHERE h."reviewState" = 'DRAFT' AND h."scheduledAt" >= ${now})::int AS "upcoming",
      count(*) FILTER (WHERE h."reviewState" = 'DRAFT' AND h."scheduledAt" < ${now})::int AS "draft",
      count(*) FILTER (WHERE h."reviewState" = 'DRAFT' AND h."scheduledAt" < ${cutoff})::int AS "draftStale",
      count(*) FILTER (WHERE h."reviewState" = 'RETURNED')::int AS "returned",
      count(*) FILTER (WHERE h."reviewState" = 'RETURNED' AND coalesce(h."reviewedAt", h."updatedAt") < ${cutoff})::int AS "returnedStale",
      count(*) FILTER (WHERE h."reviewState" = 'SUBMITTED')::int AS "submitted",
      count(*) FILTER (WHERE h."reviewState" = 'SUBMITTED' AND coalesce(h."submittedAt", h."updatedAt") < ${cutoff})::int AS "submittedStale",
      min(coalesce(h."submittedAt", h."updatedAt")) FILTER (WHERE h."reviewState" = 'SUBMITTED') AS "oldestSubmittedAt"
    FROM "Hearing" h
    WHERE ${and([sql`h."reviewState" IN ('DRAFT', 'RETURNED', 'SUBMITTED')`, ...(courtIds ? [sql`h."courtId" = ANY(${courtIds}::int[])`] : [])])}
    GROUP BY h."courtId", h."monitorId"`);
}

export interface ApprovedCountRow {
  courtId: number;
  monitorId: number;
  approved: number;
}

export async function approvedByMonitor(period: { from: string; to: string }, courtIds: number[] | null): Promise<ApprovedCountRow[]> {
  const { start, end } = courtDayBounds(period.from, period.to);
  return prisma.$queryRaw<ApprovedCountRow[]>(sql`
    SELECT h."courtId", h."monitorId", count(*)::int AS "approved"
    FROM "Hearing" h
    WHERE ${and([
      sql`h."reviewState" = 'APPROVED'`, sql`h."scheduledAt" >= ${start}`, sql`h."scheduledAt" < ${end}`,
      ...(courtIds ? [sql`h."courtId" = ANY(${courtIds}::int[])`] : []),
    ])}
    GROUP BY h."courtId", h."monitorId"`);
}

export interface MonitorAccount {
  id: number;
  name: string;
  regionId: number | null;
  active: boolean;
}

/** Every monitor's account, active or not (a former monitor's reports still count). */
export async function monitorAccounts(): Promise<MonitorAccount[]> {
  return prisma.user.findMany({ where: { role: "MONITOR" }, select: { id: true, name: true, regionId: true, active: true }, orderBy: { name: "asc" } });
}
