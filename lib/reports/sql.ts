import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { GroupBy } from "./filter";
import { splitPeriod, type DayRange } from "./period";
import type { ResolvedFilter } from "./resolve-filter";

/**
 * SQL fragments shared by the report queries: the filter as conditions over the dimension columns that
 * the summary tables and ReportHearing have in common (month, courtId, category, subject), the group key
 * of each breakdown, and a period answered as its whole months from a summary plus its edge days from
 * the per-hearing rows.
 */
export type Sql = Prisma.Sql;
export const { sql, join, empty, raw } = Prisma;

/** Which dimension columns a table has (every summary has month). */
export interface DimensionColumns {
  court: boolean;
  category: boolean;
  subject: boolean;
}

const ALL_COLUMNS: DimensionColumns = { court: true, category: true, subject: true };

/** The filter's court and case-type conditions over `alias`, for the columns the table has. */
export function dimensionConditions(filter: ResolvedFilter, alias: string, columns: DimensionColumns = ALL_COLUMNS): Sql[] {
  const a = raw(alias);
  const conditions: Sql[] = [];
  if (columns.court && filter.courtIds) conditions.push(sql`${a}."courtId" = ANY(${filter.courtIds}::int[])`);
  if (columns.category && filter.categories.length) conditions.push(sql`${a}."category" = ANY(${filter.categories}::"CaseCategory"[])`);
  if (columns.subject && filter.subjects.length) conditions.push(sql`${a}."subject" = ANY(${filter.subjects}::"CaseSubject"[])`);
  return conditions;
}

export function standardCondition(filter: ResolvedFilter, column: Sql): Sql[] {
  return filter.standardIds ? [sql`${column} = ANY(${filter.standardIds}::int[])`] : [];
}

export function where(conditions: Sql[]): Sql {
  return conditions.length ? sql`WHERE ${join(conditions, " AND ")}` : empty;
}

export function and(conditions: Sql[]): Sql {
  return conditions.length ? join(conditions, " AND ") : sql`TRUE`;
}

/** Court days inside any of the ranges. */
export function dayRangesCondition(column: Sql, ranges: DayRange[]): Sql {
  if (!ranges.length) return sql`FALSE`;
  return sql`(${join(ranges.map((r) => sql`${column} BETWEEN ${r.from}::date AND ${r.to}::date`), " OR ")})`;
}

/**
 * A period as a UNION ALL of what the summary table says for its whole months and what the per-hearing
 * rows say for the days at either end; each part builds rows of the same columns.
 */
export function periodUnion(
  period: DayRange,
  parts: { months: (from: string, to: string) => Sql; days: (ranges: DayRange[]) => Sql; nothing: Sql },
): Sql {
  const { months, edges } = splitPeriod(period);
  const pieces: Sql[] = [];
  if (months) pieces.push(parts.months(months.from, months.to));
  if (edges.length) pieces.push(parts.days(edges));
  return pieces.length ? join(pieces, " UNION ALL ") : parts.nothing;
}

/**
 * The group key of a breakdown as text, over rows `x` that have month, courtId, category and subject;
 * the region comes from the court's current region (`c`, joined by groupJoin), so that moving a court to
 * another office moves its history with it.
 */
export function groupKey(groupBy: GroupBy, x = "x"): Sql {
  const a = raw(x);
  switch (groupBy) {
    case "standard": return sql`''`;
    case "court": return sql`${a}."courtId"::text`;
    case "region": return sql`c."regionId"::text`;
    case "subject": return sql`${a}."subject"::text`;
    case "category": return sql`${a}."category"::text`;
    case "month": return sql`to_char(${a}."month", 'YYYY-MM')`;
  }
}

/**
 * What to GROUP BY for a breakdown, with `extra` columns: the group's own column (a date, an id, an enum),
 * so that PostgreSQL groups on it and formats the key once per group rather than once per row.
 */
export function groupBy(groupBy: GroupBy, extra: Sql[], x = "x"): Sql {
  const a = raw(x);
  const own: Record<GroupBy, Sql[]> = {
    standard: [],
    court: [sql`${a}."courtId"`],
    region: [sql`c."regionId"`],
    subject: [sql`${a}."subject"`],
    category: [sql`${a}."category"`],
    month: [sql`${a}."month"`],
  };
  const columns = [...own[groupBy], ...extra];
  return columns.length ? sql`GROUP BY ${join(columns, ", ")}` : empty;
}

export function groupJoin(groupBy: GroupBy, x = "x"): Sql {
  return groupBy === "region" ? sql`JOIN "Court" c ON c."id" = ${raw(x)}."courtId"` : empty;
}
