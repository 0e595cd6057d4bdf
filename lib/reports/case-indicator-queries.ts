import "server-only";
import { prisma } from "@/lib/db";
import type { GroupBy } from "./filter";
import { groupFromSql, groupOrder, monthKeys, WHOLE, type GroupValue } from "./groups";
import type { ReportReference } from "./reference-queries";
import type { ResolvedFilter } from "./resolve-filter";
import { and, dimensionConditions, groupJoin, groupKey, sql } from "./sql";
import { distributionOf, type Distribution } from "./stats";

/**
 * Case-level indicators. Cases monitored are the distinct cases with an approved hearing in the period
 * (at the hearing's court); hearings and adjournments per case divide the approved hearings and the
 * adjourned ones among them. Time to verdict: for cases whose verdict date falls in the period (at the
 * case's court, category and subject), the days from the case's first approved hearing to the verdict.
 * Distinct cases do not add up across months, so these read the per-hearing rows, not the summaries.
 */
export interface CaseIndicators {
  group: GroupValue;
  cases: number;
  hearings: number;
  adjourned: number;
  hearingsPerCase: number | null;
  adjournmentsPerCase: number | null;
  /** Days from first monitored hearing to verdict; count = cases with a verdict in the period. */
  daysToVerdict: Distribution;
}

export async function caseIndicators(filter: ResolvedFilter, groupBy: GroupBy, reference: ReportReference): Promise<CaseIndicators[]> {
  const [caseRows, verdictRows] = await Promise.all([
    prisma.$queryRaw<{ sqlKey: string; cases: number; hearings: number; adjourned: number }[]>(sql`
      SELECT ${groupKey(groupBy, "rh")} AS "sqlKey", count(DISTINCT rh."caseId")::int AS "cases", count(*)::int AS "hearings",
        count(*) FILTER (WHERE rh."adjourned")::int AS "adjourned"
      FROM "ReportHearing" rh ${groupJoin(groupBy, "rh")}
      WHERE ${and([sql`rh."courtDay" BETWEEN ${filter.from}::date AND ${filter.to}::date`, ...dimensionConditions(filter, "rh")])}
      GROUP BY 1`),
    prisma.$queryRaw<{ sqlKey: string; days: number; cases: number }[]>(sql`
      SELECT ${groupKey(groupBy, "v")} AS "sqlKey", v."days", count(*)::int AS "cases"
      FROM (
        SELECT k."courtId", k."category", k."subject", date_trunc('month', k."verdictAt")::date AS "month",
          (k."verdictAt" - min(rh."courtDay"))::int AS "days"
        FROM "Case" k JOIN "ReportHearing" rh ON rh."caseId" = k."id"
        WHERE ${and([sql`k."verdictAt" BETWEEN ${filter.from}::date AND ${filter.to}::date`, ...dimensionConditions(filter, "k")])}
        GROUP BY k."id"
      ) v ${groupJoin(groupBy, "v")}
      WHERE v."days" >= 0
      GROUP BY 1, 2`),
  ]);
  const keyOf = (sqlKey: string) => groupFromSql(groupBy, sqlKey, reference).key;
  const keys = new Set([...caseRows, ...verdictRows].map((r) => keyOf(r.sqlKey)));
  if (groupBy === "month") for (const m of monthKeys(filter)) keys.add(m);
  const groups = groupBy === "standard" ? [WHOLE] : [...keys].map((key) => ({ by: groupBy, key })).sort(groupOrder(groupBy, reference));
  return groups.map((group) => {
    const row = caseRows.find((r) => keyOf(r.sqlKey) === group.key);
    const cases = row?.cases ?? 0;
    const daysToVerdict = distributionOf(verdictRows.filter((v) => keyOf(v.sqlKey) === group.key).map((v) => ({ value: v.days, count: v.cases })));
    return {
      group,
      cases,
      hearings: row?.hearings ?? 0,
      adjourned: row?.adjourned ?? 0,
      hearingsPerCase: cases ? (row?.hearings ?? 0) / cases : null,
      adjournmentsPerCase: cases ? (row?.adjourned ?? 0) / cases : null,
      daysToVerdict,
    };
  });
}
