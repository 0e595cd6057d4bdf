import "server-only";
import { prisma } from "@/lib/db";
import type { Dimension } from "./dimensions";
import { splitPeriodByYears, type DayRange } from "./period";
import type { ResolvedFilter } from "./resolve-filter";
import { and, dayRangesCondition, dimensionConditions, join, periodUnion, sql, type Sql } from "./sql";

/**
 * Approved hearings and their per-standard outcomes by the values of one dimension (dimensions.ts), for a
 * filter. Whole years come from the generic summary ReportDimensionYear (by dimension, year, court, case
 * category, value, standard), the other whole months from ReportDimensionMonth (the same by month, without
 * case category), the days at either end from the per-hearing rows and their results. With a case-category
 * filter, what is not whole years is counted from the per-hearing rows; with a subject filter, all of it
 * (exact, slower).
 */
export interface DimensionCount {
  value: string;
  /** 0: the hearings themselves (in `hearings`); otherwise a standard's outcomes. */
  standardId: number;
  hearings: number;
  applicable: number;
  nonCompliant: number;
  unclear: number;
}

/** The standardId of a summary row that counts hearings rather than a standard's outcomes. */
export const HEARINGS_ROW = 0;

const standardsOrHearings = (filter: ResolvedFilter, column: Sql): Sql =>
  filter.standardIds ? sql`(${column} = ${HEARINGS_ROW} OR ${column} = ANY(${filter.standardIds}::int[]))` : sql`TRUE`;

function fromSummary(dimension: Dimension, filter: ResolvedFilter, from: string, to: string): Sql {
  return sql`SELECT s."value", s."standardId", s."hearings", s."applicable", s."nonCompliant", s."unclear"
    FROM "ReportDimensionMonth" s
    WHERE s."dimension" = ${dimension} AND s."month" BETWEEN ${from}::date AND ${to}::date
      AND ${and([...dimensionConditions(filter, "s", { court: true, category: false, subject: false }), standardsOrHearings(filter, sql`s."standardId"`)])}`;
}

function fromYears(dimension: Dimension, filter: ResolvedFilter, from: string, to: string): Sql {
  return sql`SELECT s."value", s."standardId", s."hearings", s."applicable", s."nonCompliant", s."unclear"
    FROM "ReportDimensionYear" s
    WHERE s."dimension" = ${dimension} AND s."year" BETWEEN ${from}::date AND ${to}::date
      AND ${and([...dimensionConditions(filter, "s", { court: true, category: true, subject: false }), standardsOrHearings(filter, sql`s."standardId"`)])}`;
}

function fromHearings(dimension: Dimension, filter: ResolvedFilter, ranges: DayRange[]): Sql {
  const prefix = `${dimension}=`;
  const conditions = and([dayRangesCondition(sql`rh."courtDay"`, ranges), ...dimensionConditions(filter, "rh")]);
  const pairs = sql`SELECT rh."hearingId", substr(d, ${prefix.length + 1}) AS "value"
    FROM "ReportHearing" rh, unnest(rh."dimensions") d
    WHERE ${conditions} AND left(d, ${prefix.length}) = ${prefix}`;
  return sql`SELECT p."value", ${HEARINGS_ROW} AS "standardId", 1 AS "hearings", 0 AS "applicable", 0 AS "nonCompliant", 0 AS "unclear"
      FROM (${pairs}) p
    UNION ALL
    SELECT p."value", r."standardId", 0, (r."result" IN ('COMPLIANT', 'NON_COMPLIANT'))::int, (r."result" = 'NON_COMPLIANT')::int, (r."result" = 'UNCLEAR')::int
      FROM (${pairs}) p JOIN "HearingStandardResult" r ON r."hearingId" = p."hearingId"
      WHERE ${standardsOrHearings(filter, sql`r."standardId"`)}`;
}

const NOTHING = sql`SELECT ''::text AS "value", 0 AS "standardId", 0 AS "hearings", 0 AS "applicable", 0 AS "nonCompliant", 0 AS "unclear" WHERE FALSE`;

export async function dimensionCounts(filter: ResolvedFilter, dimension: Dimension): Promise<DimensionCount[]> {
  const { years, rest } = filter.subjects.length ? { years: null, rest: [{ from: filter.from, to: filter.to }] } : splitPeriodByYears(filter);
  const byRows = filter.subjects.length > 0 || filter.categories.length > 0;
  const pieces: Sql[] = [];
  if (years) pieces.push(fromYears(dimension, filter, years.from, years.to));
  for (const range of rest) {
    pieces.push(byRows ? fromHearings(dimension, filter, [range]) : periodUnion(range, {
      months: (from, to) => fromSummary(dimension, filter, from, to),
      days: (ranges) => fromHearings(dimension, filter, ranges),
      nothing: NOTHING,
    }));
  }
  const source = pieces.length ? join(pieces, " UNION ALL ") : NOTHING;
  return prisma.$queryRaw<DimensionCount[]>(sql`
    SELECT x."value", x."standardId", sum(x."hearings")::int AS "hearings", sum(x."applicable")::int AS "applicable",
      sum(x."nonCompliant")::int AS "nonCompliant", sum(x."unclear")::int AS "unclear"
    FROM (${source}) x
    GROUP BY x."value", x."standardId"
    -- A value whose reports all left APPROVED stays in the summary as zeros: leave it out.
    HAVING sum(x."hearings") <> 0 OR sum(x."applicable") <> 0 OR sum(x."unclear") <> 0`);
}
