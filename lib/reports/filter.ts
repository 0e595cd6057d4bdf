import { CaseCategory, CaseSubject } from "@/lib/generated/prisma/enums";
import { SETTING_DEFAULTS } from "@/lib/settings/defaults";
import { courtDay } from "@/lib/time/zone";
import { isCalendarDay } from "@/lib/time/calendar-days";

/**
 * The one filter every report query takes (the report builder, the API, the exports and the manager's
 * dashboard): a period of court days and the courts, case types and standards to count. Courts and
 * standards are named by their stable codes so that links and the API mean the same on every database.
 */
export interface ReportFilter {
  /** First court day, "YYYY-MM-DD", inclusive. */
  from: string;
  /** Last court day, inclusive. */
  to: string;
  /** Region codes: every court of these regions counts… */
  regions: string[];
  /** …and these court codes too. Both empty: every court. */
  courts: string[];
  categories: CaseCategory[];
  subjects: CaseSubject[];
  /** Standard codes ("S01"); empty: all. Restricts the standard and question tables only. */
  standards: string[];
  /** Rates whose denominator is below this are flagged and left out of rankings. */
  minimumN: number;
}

/** How a compliance table is broken down. */
export const GROUP_BYS = ["standard", "court", "region", "subject", "category", "month"] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
/** The dimensions a breakdown table can take (every grouping but the whole). */
export const BREAKDOWNS = ["region", "court", "subject", "category", "month"] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

export const CASE_CATEGORIES = Object.values(CaseCategory) as CaseCategory[];
export const CASE_SUBJECTS = Object.values(CaseSubject) as CaseSubject[];

export const MAX_MINIMUM_N = 1000;
/** Periods longer than this are refused: nothing is monitored before the mission's records begin. */
export const EARLIEST_DAY = "2000-01-01";

/** The current calendar year in court time, up to today: where the report builder starts. */
export function defaultPeriod(now = new Date()): { from: string; to: string } {
  const today = courtDay(now);
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

export function defaultFilter(minimumN: number = SETTING_DEFAULTS.minimumN, now = new Date()): ReportFilter {
  return { ...defaultPeriod(now), regions: [], courts: [], categories: [], subjects: [], standards: [], minimumN };
}

/** Whether a day is one a report period may start or end on. */
export function isReportDay(value: string): boolean {
  return isCalendarDay(value) && value >= EARLIEST_DAY && value <= "2999-12-31";
}

/** The filter as query parameters (lists comma-separated), for links that keep it: drill-downs, exports, the API. */
export function filterToParams(filter: ReportFilter, defaults?: { minimumN: number }): Record<string, string> {
  const params: Record<string, string> = { from: filter.from, to: filter.to };
  const lists = { region: filter.regions, court: filter.courts, category: filter.categories, subject: filter.subjects, standard: filter.standards };
  for (const [key, values] of Object.entries(lists)) if (values.length) params[key] = values.join(",");
  if (!defaults || filter.minimumN !== defaults.minimumN) params.minN = String(filter.minimumN);
  return params;
}

export function filterToQuery(filter: ReportFilter, extra: Record<string, string | undefined> = {}, defaults?: { minimumN: number }): string {
  const search = new URLSearchParams(filterToParams(filter, defaults));
  for (const [key, value] of Object.entries(extra)) if (value !== undefined && value !== "") search.set(key, value);
  return search.toString();
}
