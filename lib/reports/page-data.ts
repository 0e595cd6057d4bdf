import "server-only";
import type { RawSearchParams } from "@/lib/search-params";
import { getSettings } from "@/lib/settings/queries";
import { reportReference } from "./reference-queries";
import { loadReport, type ReportData } from "./report-queries";
import { resolveFilter } from "./resolve-filter";
import { parseReportFilter, parseTableView } from "./schema";

/** What the report pages need from their query string: the filter as read, and the report it asks for. */
export async function reportPageData(params: RawSearchParams): Promise<ReportData> {
  const [settings, reference] = await Promise.all([getSettings(), reportReference()]);
  const filter = parseReportFilter(params, settings.minimumN);
  const view = parseTableView(params, filter);
  return loadReport(await resolveFilter(filter), view, reference, { lateStartMinutes: settings.lateStartMinutes });
}
