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

/** The group key as the SQL returns it (ids as text) turned into the stable key of links and exports. */
export function groupFromSql(by: GroupBy, sqlKey: string, reference: ReportReference): GroupValue {
  if (by === "court") return { by, key: reference.courts.find((c) => String(c.id) === sqlKey)?.code ?? sqlKey };
  if (by === "region") return { by, key: reference.regions.find((r) => String(r.id) === sqlKey)?.code ?? sqlKey };
  return { by, key: by === "standard" ? "" : sqlKey };
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
