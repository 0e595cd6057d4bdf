import type { GroupBy } from "./filter";
import { monthsBetween, type DayRange } from "./period";
import type { ReportReference } from "./reference-queries";

/**
 * One group of a breakdown, named by the key a drill-down link carries: "" for the whole filter, a court
 * or region code, a case category or subject, or a month "YYYY-MM".
 */
export interface GroupValue {
  by: GroupBy;
  key: string;
}

export const WHOLE: GroupValue = { by: "standard", key: "" };

/** A month group's key is a real month ("2025-13" would reach SQL as an invalid date). */
export function isMonthKey(key: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(key);
}

/** The group key as the SQL returns it (ids as text) turned into the stable key of links and exports. */
export function groupFromSql(by: GroupBy, sqlKey: string, reference: ReportReference): GroupValue {
  if (by === "court") return { by, key: reference.courts.find((c) => String(c.id) === sqlKey)?.code ?? sqlKey };
  if (by === "region") return { by, key: reference.regions.find((r) => String(r.id) === sqlKey)?.code ?? sqlKey };
  return { by, key: by === "standard" ? "" : sqlKey };
}

/** groupFromSql's key, remembered per SQL key: breakdowns map thousands of rows onto a few dozen groups. */
export function groupKeyOf(by: GroupBy, reference: ReportReference): (sqlKey: string) => string {
  const known = new Map<string, string>();
  return (sqlKey) => {
    let key = known.get(sqlKey);
    if (key === undefined) known.set(sqlKey, (key = groupFromSql(by, sqlKey, reference).key));
    return key;
  };
}

/** Rows bucketed by their group key. */
export function bucket<T extends { sqlKey: string }>(rows: T[], keyOf: (sqlKey: string) => string): Map<string, T[]> {
  const buckets = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row.sqlKey);
    const list = buckets.get(key);
    if (list) list.push(row);
    else buckets.set(key, [row]);
  }
  return buckets;
}

/** Orders groups as a reader expects: months in time, courts and regions as listed, the rest by key. */
export function groupOrder(by: GroupBy, reference: ReportReference): (a: GroupValue, b: GroupValue) => number {
  const position = (key: string) =>
    by === "court" ? reference.courts.findIndex((c) => c.code === key)
    : by === "region" ? reference.regions.findIndex((r) => r.code === key)
    : 0;
  return (a, b) => position(a.key) - position(b.key) || a.key.localeCompare(b.key);
}

/** The months of a trend, so that a month with nothing monitored shows as a gap rather than vanishing. */
export function monthKeys(period: DayRange): string[] {
  return monthsBetween(period).map((m) => m.slice(0, 7));
}
