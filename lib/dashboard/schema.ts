import { isReportDay } from "@/lib/reports/filter";
import type { RawSearchParams } from "@/lib/search-params";
import { courtDay } from "@/lib/time/zone";
import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";
import type { DashboardView } from "./links";
import { calendarPeriod } from "./period";
import { DASHBOARD_TABLES } from "./tables";

/**
 * The dashboard's view from its query string: ?from=YYYY-MM-DD&to=YYYY-MM-DD&region=CODE. Lenient, as the
 * report pages are: a bad or missing value falls back to its default (the current calendar year, every
 * region), an unknown region to every region, and an inverted period is turned round.
 */
const day = cleanString().refine(isReportDay);
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function defaultDashboardPeriod(now = new Date()): { from: string; to: string } {
  return calendarPeriod("year", courtDay(now));
}

export function parseDashboardView(params: RawSearchParams, regionCodes: readonly string[], now = new Date()): DashboardView {
  const fallback = defaultDashboardPeriod(now);
  const parsed = z.object({
    from: day.catch(fallback.from),
    to: day.catch(fallback.to),
    region: cleanString().optional().catch(undefined),
  }).parse({ from: first(params.from) ?? fallback.from, to: first(params.to) ?? fallback.to, region: first(params.region) });
  const region = parsed.region && regionCodes.includes(parsed.region) ? parsed.region : undefined;
  return parsed.from <= parsed.to ? { from: parsed.from, to: parsed.to, region } : { from: parsed.to, to: parsed.from, region };
}

/**
 * GET /api/exports/dashboard-table: a table of one dashboard view. Strict, as the API is: a bad value is a
 * 400 naming its parameter, an unknown region too (the view would silently widen to every region).
 */
export const dashboardTableQuerySchema = z.object({
  table: z.enum(DASHBOARD_TABLES),
  format: z.enum(["csv", "xlsx"]).default("csv"),
  from: day,
  to: day,
  region: cleanString().max(40).optional(),
}).strict().refine((v) => v.from <= v.to, { path: ["to"], message: "validation.invalid" });
