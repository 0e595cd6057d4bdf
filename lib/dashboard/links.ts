import type { Severity } from "@/lib/generated/prisma/enums";
import type { ReportFilter } from "@/lib/reports/filter";
import type { GroupValue } from "@/lib/reports/groups";
import type { Measure, Part } from "@/lib/reports/indicators";
import { drilldownHref } from "@/lib/reports/links";
import { toQueryString } from "@/lib/search-params";

/**
 * Links from the dashboard to its own views and to the analysts' lists of findings and interventions.
 * Those lists read the same parameters: status, severity, standard (a code such as "S05") and region
 * (a region code) for findings; awaiting=1 (sent, no reply yet) or overdue=1 (and past the reply date)
 * with region for interventions.
 */
export interface DashboardView {
  from: string;
  to: string;
  region?: string;
}

/** The dashboard for a view; without a period, the default one. */
export function dashboardHref(view: Partial<DashboardView>, anchor?: string): string {
  return `/dashboard${toQueryString({ from: view.from, to: view.to, region: view.region })}${anchor ? `#${anchor}` : ""}`;
}

/** The monitors of the view's region (all without one), one by one. */
export function monitorsHref(view: DashboardView): string {
  return `/dashboard/monitors${toQueryString({ from: view.from, to: view.to, region: view.region })}`;
}

export function findingsHref({ severity, standard, region }: { severity?: Severity; standard?: string; region?: string }): string {
  return `/findings${toQueryString({ status: "OPEN", severity, standard, region })}`;
}

export function interventionsHref(which: "awaiting" | "overdue", region?: string): string {
  return `/interventions${toQueryString({ [which]: "1", region })}`;
}

export function interventionHref(id: number): string {
  return `/interventions/${id}`;
}

/** The hearings behind a rate's numerator and denominator, on the reports' drill-down page. */
export function rateDrilldowns(filter: ReportFilter, group: GroupValue, measure: (part: Part) => Measure): { numerator: string; denominator: string } {
  return { numerator: drilldownHref(filter, group, measure("numerator")), denominator: drilldownHref(filter, group, measure("denominator")) };
}

/** A dashboard table of a view as CSV or Excel (GET /api/exports/dashboard-table). */
export function dashboardTableHref(view: DashboardView, table: string, format: "csv" | "xlsx"): string {
  return `/api/exports/dashboard-table${toQueryString({ table, format, from: view.from, to: view.to, region: view.region })}`;
}
