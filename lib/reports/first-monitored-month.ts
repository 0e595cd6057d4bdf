import "server-only";
import { prisma } from "@/lib/db";
import type { ResolvedFilter } from "./resolve-filter";
import { and, dimensionConditions, sql } from "./sql";

/**
 * The first month ("YYYY-MM-01") with an approved hearing among the filter's courts and case types, or
 * null: where monitoring began, so that a comparison with a period before it can say so rather than
 * report a rise that is only the programme starting.
 */
export async function firstMonitoredMonth(filter: ResolvedFilter): Promise<string | null> {
  const [row] = await prisma.$queryRaw<{ month: Date | null }[]>(sql`
    SELECT min(s."month") AS "month" FROM "ReportHearingMonth" s
    WHERE s."hearings" > 0 AND ${and(dimensionConditions(filter, "s"))}`);
  return row?.month ? row.month.toISOString().slice(0, 10) : null;
}
