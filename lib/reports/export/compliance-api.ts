import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import { getSettings } from "@/lib/settings/queries";
import { complianceByStandard } from "../compliance-queries";
import { complianceByDimension } from "../dimension-queries";
import { isDimension } from "../dimensions";
import { filterToParams } from "../filter";
import { reportReference } from "../reference-queries";
import { resolveFilter } from "../resolve-filter";
import { filterFromApi, type complianceQuerySchema } from "../schema";
import { csvLine, CSV_BOM } from "./csv";
import { downloadHeaders, exportName, recordExport } from "./record-export";

/**
 * GET /api/reports/compliance: per standard, and per group when asked (a breakdown of the reports or a
 * hearing attribute), the hearings answered yes or no (applicable), those non-compliant, those answered
 * only "unclear" (apart, in neither figure), the rate with its 95% Wilson interval and whether the denominator is below the
 * minimum n ("suppressed": flagged and left out of rankings), as JSON or CSV for analysts' own tools.
 */
export const COMPLIANCE_COLUMNS = ["standard", "group", "applicable", "nonCompliant", "unclear", "rate", "ciLow", "ciHigh", "suppressed"] as const;

const round = (value: number | null) => (value === null ? null : Math.round(value * 1e6) / 1e6);

export async function complianceApiResponse(user: SessionUser, query: z.output<typeof complianceQuerySchema>): Promise<Response> {
  const [settings, reference] = await Promise.all([getSettings(), reportReference()]);
  const filter = await resolveFilter(filterFromApi(query, settings.minimumN), { strict: true });
  const groupBy = query.groupBy;
  // A hearing attribute (gender, judge, language, detention, counsel) is a group like a court: its value
  // (an enum's code, a judge's id) is the group.
  const grouped = isDimension(groupBy)
    ? (await complianceByDimension(filter, groupBy, reference)).rows.map((row) => ({ ...row, group: row.value }))
    : (await complianceByStandard(filter, groupBy, reference)).map((row) => ({ ...row, group: groupBy === "standard" ? "all" : row.group.key }));
  const rows = grouped.map((row) => ({
    standard: row.standard.code,
    group: row.group,
    applicable: row.applicable,
    nonCompliant: row.nonCompliant,
    unclear: row.unclear,
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
