import "server-only";
import type { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors/app-error";
import { downloadHeaders, recordExport } from "@/lib/reports/export/record-export";
import { arraySource, csvStream, xlsxStream } from "@/lib/reports/export/writers";
import { defaultFilter } from "@/lib/reports/filter";
import { reportReference } from "@/lib/reports/reference-queries";
import { getSettings } from "@/lib/settings/queries";
import { loadDashboardParts } from "./page-data";
import type { dashboardTableQuerySchema } from "./schema";
import { dashboardTable, TABLE_PART, type TableWords } from "./tables";

/**
 * GET /api/exports/dashboard-table: one table of a dashboard view as CSV or Excel, from the same data as
 * the page (loadDashboardParts, only the part the table is made from), for the roles that may open the
 * dashboard; logged like every export.
 */
export async function dashboardTableResponse(user: SessionUser, query: z.output<typeof dashboardTableQuerySchema>): Promise<Response> {
  const [settings, reference, t, tReports, tEnums, locale] = await Promise.all([
    getSettings(), reportReference(), getTranslations("dashboard"), getTranslations("reports"), getTranslations("enums"), getLocale(),
  ]);
  if (query.region && !reference.regions.some((r) => r.code === query.region)) {
    throw new AppError("VALIDATION", "Invalid parameter 'region': unknown code", { region: ["validation.invalid"] });
  }
  const view = { from: query.from, to: query.to, region: query.region };
  const data = await loadDashboardParts({ view, reference, settings }, [TABLE_PART[query.table]]);
  const words = { t, tReports, tEnums, locale } as unknown as TableWords;
  const table = dashboardTable(query.table, data, words);
  await recordExport(user, {
    what: "dashboardTable", format: query.format, rows: table.rows.length, personalData: false,
    filter: { ...defaultFilter(settings.minimumN), from: view.from, to: view.to, regions: view.region ? [view.region] : [] },
    detail: { table: query.table },
  });
  const source = arraySource(table.rows);
  const body = query.format === "csv"
    ? csvStream(table.header, source, (row) => row)
    : xlsxStream(table.title, table.header.map((header, i) => ({ header, width: i === 0 ? 32 : 14 })), source, (row) => row);
  const name = `dashboard-${query.table}_${view.from}_${view.to}${view.region ? `_${view.region}` : ""}.${query.format}`;
  return new Response(body, { headers: downloadHeaders(name, query.format) });
}
