import "server-only";
import { prisma } from "@/lib/db";
import type { GroupBy } from "./filter";
import { bucket, groupKeyOf, groupOrder, monthKeys, WHOLE, type GroupValue } from "./groups";
import type { ReportReference } from "./reference-queries";
import type { ResolvedFilter } from "./resolve-filter";
import { and, dimensionConditions, groupBy as groupByClause, groupJoin, groupKey, sql } from "./sql";
import { distributionOf, type Distribution } from "./stats";

/**
 * Case-level indicators. Cases monitored are the distinct cases with an approved hearing in the period
 * (at the hearing's court); hearings and adjournments per case divide the approved hearings and the
 * adjourned ones among them. Time to verdict: for cases whose verdict date falls in the period (at the
 * case's court, category and subject), the days from the case's first approved hearing to the verdict,
 * read from ReportCase. Distinct cases do not add up across months, so the case counts read the
 * per-hearing rows, not the monthly summaries.
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
      ${groupByClause(groupBy, [], "rh")}`),
    prisma.$queryRaw<{ sqlKey: string; days: number; cases: number }[]>(sql`
      SELECT ${groupKey(groupBy, "v")} AS "sqlKey", v."days", count(*)::int AS "cases"
      FROM (
        SELECT v."courtId", v."category", v."subject", date_trunc('month', v."verdictAt")::date AS "month",
          (v."verdictAt" - v."firstDay")::int AS "days"
        FROM "ReportCase" v
        WHERE ${and([sql`v."verdictAt" BETWEEN ${filter.from}::date AND ${filter.to}::date`, sql`v."verdictAt" >= v."firstDay"`, ...dimensionConditions(filter, "v")])}
      ) v ${groupJoin(groupBy, "v")}
      ${groupByClause(groupBy, [sql`v."days"`], "v")}`),
  ]);
  const keyOf = groupKeyOf(groupBy, reference);
  const casesByKey = bucket(caseRows, keyOf);
  const verdictsByKey = bucket(verdictRows, keyOf);
  const keys = new Set([...casesByKey.keys(), ...verdictsByKey.keys()]);
  if (groupBy === "month") for (const m of monthKeys(filter)) keys.add(m);
  const groups = groupBy === "standard" ? [WHOLE] : [...keys].map((key) => ({ by: groupBy, key })).sort(groupOrder(groupBy, reference));
  return groups.map((group) => {
    const row = casesByKey.get(group.key)?.[0];
    const cases = row?.cases ?? 0;
    const daysToVerdict = distributionOf((verdictsByKey.get(group.key) ?? []).map((v) => ({ value: v.days, count: v.cases })));
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
