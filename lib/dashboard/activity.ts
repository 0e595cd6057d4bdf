import type { RegionRef, ReportReference } from "@/lib/reports/reference-queries";
import type { ApprovedCountRow, MonitorAccount, PipelineCountRow } from "./activity-queries";

/**
 * The monitors' activity by region, from the per-court, per-monitor counts: a hearing belongs to the
 * region of its court (as in the reports), a monitor account to the region it is assigned to.
 */
export const PIPELINE_COUNTS = ["upcoming", "draft", "draftStale", "returned", "returnedStale", "submitted", "submittedStale"] as const;
export type PipelineCount = (typeof PIPELINE_COUNTS)[number];

export type PipelineTotals = Record<PipelineCount, number> & { oldestSubmittedAt: Date | null };

export interface MonitorActivity {
  monitor: MonitorAccount;
  approved: number;
  pipeline: PipelineTotals;
}

export interface RegionActivity {
  region: RegionRef;
  /** Active monitor accounts assigned to the region. */
  accounts: number;
  /** Monitors with at least one approved report of a hearing in the region's courts in the period. */
  reporting: number;
  approved: number;
  /** Approved reports per reporting monitor; null when nobody reported. */
  perMonitor: number | null;
  pipeline: PipelineTotals;
  /** The region's monitors (assigned and active, or with reports in its courts), by name. */
  monitors: MonitorActivity[];
}

export function emptyPipeline(): PipelineTotals {
  return { upcoming: 0, draft: 0, draftStale: 0, returned: 0, returnedStale: 0, submitted: 0, submittedStale: 0, oldestSubmittedAt: null };
}

export function addPipeline(total: PipelineTotals, row: PipelineTotals | PipelineCountRow): PipelineTotals {
  for (const key of PIPELINE_COUNTS) total[key] += row[key];
  if (row.oldestSubmittedAt && (!total.oldestSubmittedAt || row.oldestSubmittedAt < total.oldestSubmittedAt)) total.oldestSubmittedAt = row.oldestSubmittedAt;
  return total;
}

export function pipelineTotals(rows: PipelineCountRow[]): PipelineTotals {
  return rows.reduce(addPipeline, emptyPipeline());
}

export function activityByRegion(
  reference: ReportReference,
  { approved, pipeline, accounts, regions }: { approved: ApprovedCountRow[]; pipeline: PipelineCountRow[]; accounts: MonitorAccount[]; regions: RegionRef[] },
): RegionActivity[] {
  const regionOfCourt = new Map(reference.courts.map((c) => [c.id, c.regionId]));
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  return regions.map((region) => {
    const inRegion = <T extends { courtId: number }>(rows: T[]) => rows.filter((row) => regionOfCourt.get(row.courtId) === region.id);
    const approvedRows = inRegion(approved);
    const pipelineRows = inRegion(pipeline);
    const monitorIds = new Set([
      ...accounts.filter((a) => a.active && a.regionId === region.id).map((a) => a.id),
      ...approvedRows.map((r) => r.monitorId),
      ...pipelineRows.map((r) => r.monitorId),
    ]);
    const monitors = [...monitorIds].flatMap((id) => {
      const monitor = accountById.get(id);
      if (!monitor) return [];
      return [{
        monitor,
        approved: approvedRows.filter((r) => r.monitorId === id).reduce((sum, r) => sum + r.approved, 0),
        pipeline: pipelineTotals(pipelineRows.filter((r) => r.monitorId === id)),
      }];
    }).sort((a, b) => a.monitor.name.localeCompare(b.monitor.name));
    const reporting = new Set(approvedRows.filter((r) => r.approved > 0).map((r) => r.monitorId)).size;
    const total = approvedRows.reduce((sum, r) => sum + r.approved, 0);
    return {
      region,
      accounts: accounts.filter((a) => a.active && a.regionId === region.id).length,
      reporting,
      approved: total,
      perMonitor: reporting ? total / reporting : null,
      pipeline: pipelineTotals(pipelineRows),
      monitors,
    };
  });
}
