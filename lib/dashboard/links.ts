import type { Severity } from "@/lib/generated/prisma/enums";
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

export function dashboardHref(view: DashboardView, anchor?: string): string {
  return `/dashboard${toQueryString({ from: view.from, to: view.to, region: view.region })}${anchor ? `#${anchor}` : ""}`;
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
