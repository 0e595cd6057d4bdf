import "server-only";
import type { ReportReference } from "@/lib/reports/reference-queries";
import { activityByRegion, pipelineTotals, type PipelineTotals, type RegionActivity } from "./activity";
import { approvedByMonitor, monitorAccounts, pipelineCounts } from "./activity-queries";
import type { DashboardView } from "./links";
import { regionCourtIds } from "./pipeline-queries";

/**
 * The monitors' side of a view: where their reports stand now (the view's region) and what they had
 * approved in the period, by region and by monitor. The dashboard and its page of monitors read it alike.
 */
export async function loadActivity(view: DashboardView, reference: ReportReference, now: Date): Promise<{ pipeline: PipelineTotals; activity: RegionActivity[] }> {
  const courtIds = regionCourtIds(view.region, reference);
  const [pipelineRows, approvedRows, accounts] = await Promise.all([pipelineCounts(courtIds, now), approvedByMonitor(view, courtIds), monitorAccounts()]);
  const regions = view.region ? reference.regions.filter((r) => r.code === view.region) : reference.regions;
  return {
    pipeline: pipelineTotals(pipelineRows),
    activity: activityByRegion(reference, { approved: approvedRows, pipeline: pipelineRows, accounts, regions }),
  };
}
