import { isReportDay } from "@/lib/reports/filter";
import type { RawSearchParams } from "@/lib/search-params";
import { courtDay } from "@/lib/time/zone";
import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";
import type { DashboardView } from "./links";
import { calendarPeriod } from "./period";

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
