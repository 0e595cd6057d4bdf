import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import { getSettings } from "@/lib/settings/queries";
import { complianceByStandard } from "../compliance-queries";
import { filterToParams } from "../filter";
import { reportReference } from "../reference-queries";
import { resolveFilter } from "../resolve-filter";
import { filterFromApi, type complianceQuerySchema } from "../schema";
import { csvLine, CSV_BOM } from "./csv";
import { downloadHeaders, exportName, recordExport } from "./record-export";

/**
 * GET /api/reports/compliance: per standard, and per group when asked, the hearings where it applied,
 * those non-compliant, the rate with its 95% Wilson interval and whether the denominator is below the
 * minimum n ("suppressed": flagged and left out of rankings), as JSON or CSV for analysts' own tools.
 */
export const COMPLIANCE_COLUMNS = ["standard", "group", "applicable", "nonCompliant", "rate", "ciLow", "ciHigh", "suppressed"] as const;

const round = (value: number | null) => (value === null ? null : Math.round(value * 1e6) / 1e6);

export async function complianceApiResponse(user: SessionUser, query: z.output<typeof complianceQuerySchema>): Promise<Response> {
  const [settings, reference] = await Promise.all([getSettings(), reportReference()]);
  const filter = await resolveFilter(filterFromApi(query, settings.minimumN), { strict: true });
  const rows = (await complianceByStandard(filter, query.groupBy, reference)).map((row) => ({
    standard: row.standard.code,
    group: query.groupBy === "standard" ? "all" : row.group.key,
    applicable: row.applicable,
    nonCompliant: row.nonCompliant,
    rate: round(row.rate),
    ciLow: round(row.ciLow),
    ciHigh: round(row.ciHigh),
    suppressed: row.belowMinimumN,
  }));
  await recordExport(user, { what: "compliance", format: query.format, filter, rows: rows.length, personalData: false, detail: { groupBy: query.groupBy } });
  if (query.format === "csv") {
    const body = CSV_BOM + csvLine([...COMPLIANCE_COLUMNS]) + rows.map((r) => csvLine(COMPLIANCE_COLUMNS.map((c) => r[c]))).join("");
    return new Response(body, { headers: downloadHeaders(exportName(`compliance-by-${query.groupBy}`, filter, "csv"), "csv") });
  }
  return Response.json(
    { filter: filterToParams(filter), groupBy: query.groupBy, minimumN: filter.minimumN, approvedOnly: true, rows },
    { headers: { "Cache-Control": "no-store" } },
  );
}
