import type { Dimension } from "./dimensions";
import { filterToQuery, type Breakdown, type ReportFilter } from "./filter";
import type { GroupValue } from "./groups";
import { formatMeasure, type Measure } from "./indicators";

/**
 * Links that carry the report filter: to the hearings behind a number, to the exports of a table and of
 * the data set, and to the print layout. Pure, so that server components and exports build the same URLs.
 */
export function drilldownHref(filter: ReportFilter, group: GroupValue, measure: Measure): string {
  const cell = group.by === "standard" ? {} : { groupBy: group.by, group: group.key };
  return `/reports/hearings?${filterToQuery(filter, { ...cell, measure: formatMeasure(measure) })}`;
}

export const REPORT_TABLES = [
  "standards", "breakdown", "matrix", "questions", "hearing-indicators", "reasons", "hearing-breakdown", "case-indicators", "case-breakdown", "attribute",
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

export interface TableView {
  /** The dimension of the breakdowns. */
  by: Breakdown;
  /** The standard the single-standard breakdown is about. */
  focus: string;
  /** The hearing attribute of the breakdown by attribute (gender of a party, judge, language…). */
  attribute: Dimension;
}

export function tableExportHref(filter: ReportFilter, table: ReportTable, format: "csv" | "xlsx", view?: TableView): string {
  return `/api/exports/report-table?${filterToQuery(filter, { table, format, by: view?.by, focus: view?.focus, attribute: view?.attribute })}`;
}

export function datasetExportHref(filter: ReportFilter, format: "csv" | "xlsx"): string {
  return `/api/exports/hearings?${filterToQuery(filter, { format })}`;
}

export function reportHref(filter: ReportFilter, view?: Partial<TableView>, path = "/reports"): string {
  return `${path}?${filterToQuery(filter, { by: view?.by, focus: view?.focus, attribute: view?.attribute })}`;
}
