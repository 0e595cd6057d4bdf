import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors/app-error";
import { getSettings } from "@/lib/settings/queries";
import { readDrilldownCell } from "../drilldown-params";
import { formatMeasure } from "../indicators";
import { reportReference } from "../reference-queries";
import { resolveFilter } from "../resolve-filter";
import { filterFromApi, type hearingExportQuerySchema } from "../schema";
import { openCursors } from "./cursor";
import { maySeeDatasetPersonalData } from "./dataset-access";
import { datasetLayout, datasetQueries } from "./dataset-query";
import { datasetSource } from "./dataset-rows";
import { downloadHeaders, exportName, recordExport } from "./record-export";
import { csvStream, xlsxStream } from "./writers";

/**
 * GET /api/exports/hearings: the hearing-level data set of a filter (or of the hearings behind one number),
 * streamed from a database cursor as CSV or XLSX, logged before the first byte leaves.
 */
export async function hearingDatasetResponse(user: SessionUser, query: z.output<typeof hearingExportQuerySchema>): Promise<Response> {
  const [settings, reference] = await Promise.all([getSettings(), reportReference()]);
  const filter = await resolveFilter(filterFromApi(query, settings.minimumN), { strict: true });
  const cell = readDrilldownCell(query, { kind: "hearings" });
  if (!cell) throw new AppError("VALIDATION", "Invalid parameter 'measure': validation.invalid", { measure: ["validation.invalid"] });
  const personalData = maySeeDatasetPersonalData(user);
  const layout = await datasetLayout(reference, { personal: personalData });
  const queries = datasetQueries({ filter, ...cell, lateStartMinutes: settings.lateStartMinutes }, reference, layout);
  const cursors = await openCursors({ facts: queries.facts, standards: queries.standards, answers: queries.answers }, queries.count);
  try {
    await recordExport(user, {
      what: "hearings", format: query.format, filter, rows: cursors.total, personalData,
      detail: cell.measure.kind === "hearings" && cell.group.by === "standard" ? undefined : { groupBy: cell.group.by, group: cell.group.key, measure: formatMeasure(cell.measure) },
    });
  } catch (error) {
    await cursors.close();
    throw error;
  }
  const source = datasetSource(cursors, layout);
  const header = layout.columns.map((c) => c.name);
  const body = query.format === "csv"
    ? csvStream(header, source, (row) => row)
    : xlsxStream("hearings", layout.columns.map((c) => ({ header: c.name, width: c.kind === "text" ? 16 : 10 })), source, (row) => row, { styles: false });
  return new Response(body, { headers: { ...downloadHeaders(exportName("hearings", filter, query.format), query.format), "X-Row-Count": String(cursors.total) } });
}
