import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import { getSettings } from "@/lib/settings/queries";
import type { ReportTable } from "../links";
import { reportReference } from "../reference-queries";
import { loadReport, type ReportData, type ReportSection } from "../report-queries";
import { resolveFilter } from "../resolve-filter";
import { filterFromApi, type tableExportQuerySchema } from "../schema";
import { breakdownTable, matrixTable, questionsTable, standardsTable } from "../tables/compliance-tables";
import { attributeTable } from "../tables/attribute-table";
import { flattenTable } from "../tables/flatten-table";
import { caseBreakdownTable, caseIndicatorsTable, hearingBreakdownTable, hearingIndicatorsTable, reasonsTable } from "../tables/indicator-tables";
import type { TableModel, TableText } from "../tables/table-model";
import { reportTableText } from "../tables/table-text";
import { downloadHeaders, exportName, recordExport } from "./record-export";
import { arraySource, csvStream, xlsxStream } from "./writers";

const TABLES: Record<ReportTable, { section: ReportSection; build: (data: ReportData, tx: TableText) => TableModel }> = {
  standards: { section: "standards", build: standardsTable },
  breakdown: { section: "breakdown", build: breakdownTable },
  matrix: { section: "breakdown", build: matrixTable },
  questions: { section: "questions", build: questionsTable },
  "hearing-indicators": { section: "hearings", build: hearingIndicatorsTable },
  reasons: { section: "hearings", build: reasonsTable },
  "hearing-breakdown": { section: "hearings", build: hearingBreakdownTable },
  "case-indicators": { section: "cases", build: caseIndicatorsTable },
  "case-breakdown": { section: "cases", build: caseBreakdownTable },
  attribute: { section: "attribute", build: attributeTable },
};

/** GET /api/exports/report-table: one table of the report, as on screen, in the reader's language. */
export async function reportTableResponse(user: SessionUser, query: z.output<typeof tableExportQuerySchema>): Promise<Response> {
  const [settings, reference, tx] = await Promise.all([getSettings(), reportReference(), reportTableText()]);
  const filter = await resolveFilter(filterFromApi(query, settings.minimumN), { strict: true });
  const view = { by: query.by, focus: query.focus ?? filter.standards[0] ?? "S01", attribute: query.attribute };
  const spec = TABLES[query.table];
  const data = await loadReport(filter, view, reference, { lateStartMinutes: settings.lateStartMinutes, sections: [spec.section] });
  const table = spec.build(data, tx);
  const flat = flattenTable(table, tx, filter.minimumN);
  await recordExport(user, {
    what: "reportTable", format: query.format, filter, rows: flat.rows.length, personalData: false,
    detail: { table: query.table, by: view.by, focus: view.focus, attribute: view.attribute },
  });
  const source = arraySource(flat.rows);
  const body = query.format === "csv"
    ? csvStream(flat.header, source, (row) => row)
    : xlsxStream(table.title, flat.header.map((header, i) => ({ header, numFmt: flat.kinds[i] === "percent" ? "0.0" : undefined, width: i === 0 ? 36 : undefined })), source, (row) => row);
  return new Response(body, { headers: downloadHeaders(exportName(query.table, filter, query.format), query.format) });
}
