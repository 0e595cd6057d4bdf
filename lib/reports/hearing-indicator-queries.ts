import "server-only";
import { prisma } from "@/lib/db";
import { AdjournmentReason } from "@/lib/generated/prisma/enums";
import type { GroupBy } from "./filter";
import { bucket, groupKeyOf, groupOrder, monthKeys, WHOLE, type GroupValue } from "./groups";
import { FLAG_INDICATORS, type FlagIndicator } from "./indicators";
import type { ReportReference } from "./reference-queries";
import type { ResolvedFilter } from "./resolve-filter";
import { and, dayRangesCondition, dimensionConditions, groupBy as groupByClause, groupJoin, groupKey, join, periodUnion, raw, sql, type Sql } from "./sql";
import { countAbove, distributionOf, proportion, type Distribution, type HistogramBin, type Proportion } from "./stats";

/**
 * Hearing-level indicators of approved hearings: how many were monitored, the share adjourned and why,
 * the share starting late and the mean and median delay, held in public, announced, recorded where the
 * law requires it, interpreted where needed, and defendants without counsel. Counts come from the monthly
 * summaries plus the per-hearing rows of the period's edge days; shares, intervals and medians from the
 * pure functions of stats.ts.
 */
export interface ReasonShare extends Proportion {
  reason: AdjournmentReason;
}

export interface HearingIndicators {
  group: GroupValue;
  hearings: number;
  rates: Record<FlagIndicator | "lateStart", Proportion>;
  delay: Distribution;
  /** Each reason's share of the adjourned hearings (a hearing with two reasons counts under both). */
  reasons: ReasonShare[];
}

export interface HearingIndicatorOptions {
  groupBy: GroupBy;
  /** A hearing starting more than this many minutes late started late (a setting). */
  lateStartMinutes: number;
}

const REASONS = Object.values(AdjournmentReason) as AdjournmentReason[];

type CountRow = { sqlKey: string; hearings: number } & Record<`${FlagIndicator}Known` | FlagIndicator, number>;

const known = (f: FlagIndicator) => `${f}Known`;
const SUMMARY_KNOWN: Record<FlagIndicator, string> = {
  adjourned: "adjournedKnown", heldInPublic: "heldInPublicKnown", announced: "announcedKnown", recorded: "recordedKnown",
  interpreterPresent: "interpreterKnown", withoutCounsel: "counselKnown",
};

/** Rows from a monthly summary `s` for the whole months, and from ReportHearing `rh` for the edge days. */
function source(filter: ResolvedFilter, summary: (conditions: Sql) => Sql, hearings: (conditions: Sql) => Sql, nothing: Sql): Sql {
  return periodUnion(filter, {
    months: (from, to) => summary(and([sql`s."month" BETWEEN ${from}::date AND ${to}::date`, ...dimensionConditions(filter, "s")])),
    days: (ranges) => hearings(and([dayRangesCondition(sql`rh."courtDay"`, ranges), ...dimensionConditions(filter, "rh")])),
    nothing,
  });
}

const list = (parts: Sql[]) => join(parts, ", ");
const SUMMARY_DIMENSIONS = sql`s."month", s."courtId", s."category", s."subject"`;
const HEARING_DIMENSIONS = sql`rh."month", rh."courtId", rh."category", rh."subject"`;
const NO_DIMENSIONS = sql`NULL::date AS "month", NULL::int AS "courtId", NULL::"CaseCategory" AS "category", NULL::"CaseSubject" AS "subject"`;

async function counts(filter: ResolvedFilter, groupBy: GroupBy): Promise<CountRow[]> {
  const summaryColumns = FLAG_INDICATORS.map((f) => sql`s.${raw(`"${SUMMARY_KNOWN[f]}"`)} AS ${raw(`"${known(f)}"`)}, s.${raw(`"${f}"`)}`);
  const hearingColumns = FLAG_INDICATORS.map((f) => sql`(rh.${raw(`"${f}"`)} IS NOT NULL)::int AS ${raw(`"${known(f)}"`)}, (rh.${raw(`"${f}"`)} IS TRUE)::int AS ${raw(`"${f}"`)}`);
  const sums = FLAG_INDICATORS.map((f) => sql`sum(x.${raw(`"${known(f)}"`)})::int AS ${raw(`"${known(f)}"`)}, sum(x.${raw(`"${f}"`)})::int AS ${raw(`"${f}"`)}`);
  const rows = source(
    filter,
    (conditions) => sql`SELECT ${SUMMARY_DIMENSIONS}, s."hearings", ${list(summaryColumns)} FROM "ReportHearingMonth" s WHERE ${conditions}`,
    (conditions) => sql`SELECT ${HEARING_DIMENSIONS}, 1 AS "hearings", ${list(hearingColumns)} FROM "ReportHearing" rh WHERE ${conditions}`,
    sql`SELECT ${NO_DIMENSIONS}, 0 AS "hearings", ${list(FLAG_INDICATORS.map((f) => sql`0 AS ${raw(`"${known(f)}"`)}, 0 AS ${raw(`"${f}"`)}`))} WHERE FALSE`,
  );
  return prisma.$queryRaw<CountRow[]>(sql`
    SELECT ${groupKey(groupBy)} AS "sqlKey", sum(x."hearings")::int AS "hearings", ${list(sums)}
    FROM (${rows}) x ${groupJoin(groupBy)} ${groupByClause(groupBy, [])} HAVING sum(x."hearings") <> 0`);
}

async function reasonCounts(filter: ResolvedFilter, groupBy: GroupBy) {
  const rows = source(
    filter,
    (conditions) => sql`SELECT ${SUMMARY_DIMENSIONS}, s."reason", s."hearings" FROM "ReportReasonMonth" s WHERE ${conditions}`,
    (conditions) => sql`SELECT ${HEARING_DIMENSIONS}, reason AS "reason", 1 AS "hearings"
      FROM "ReportHearing" rh, unnest(rh."adjournmentReasons") reason WHERE rh."adjourned" AND ${conditions}`,
    sql`SELECT ${NO_DIMENSIONS}, NULL::"AdjournmentReason" AS "reason", 0 AS "hearings" WHERE FALSE`,
  );
  return prisma.$queryRaw<{ sqlKey: string; reason: AdjournmentReason; hearings: number }[]>(sql`
    SELECT ${groupKey(groupBy)} AS "sqlKey", x."reason", sum(x."hearings")::int AS "hearings"
    FROM (${rows}) x ${groupJoin(groupBy)} ${groupByClause(groupBy, [sql`x."reason"`])} HAVING sum(x."hearings") <> 0`);
}

async function delayHistogram(filter: ResolvedFilter, groupBy: GroupBy) {
  const rows = source(
    filter,
    (conditions) => sql`SELECT ${SUMMARY_DIMENSIONS}, s."delayMinutes", s."hearings" FROM "ReportDelayMonth" s WHERE ${conditions}`,
    (conditions) => sql`SELECT ${HEARING_DIMENSIONS}, rh."delayMinutes", 1 AS "hearings"
      FROM "ReportHearing" rh WHERE rh."delayMinutes" IS NOT NULL AND ${conditions}`,
    sql`SELECT ${NO_DIMENSIONS}, 0 AS "delayMinutes", 0 AS "hearings" WHERE FALSE`,
  );
  return prisma.$queryRaw<{ sqlKey: string; delayMinutes: number; hearings: number }[]>(sql`
    SELECT ${groupKey(groupBy)} AS "sqlKey", x."delayMinutes", sum(x."hearings")::int AS "hearings"
    FROM (${rows}) x ${groupJoin(groupBy)} ${groupByClause(groupBy, [sql`x."delayMinutes"`])} HAVING sum(x."hearings") <> 0`);
}

export interface MonitoredCount {
  group: GroupValue;
  hearings: number;
}

/**
 * Approved hearings per group: the "hearings monitored" of hearingIndicators on its own, for figures that
 * need only the count (coverage of courts, hearings against the annual target). Groups with none are left
 * out, except the months of a trend and the whole filter.
 */
export async function monitoredHearings(filter: ResolvedFilter, groupBy: GroupBy, reference: ReportReference): Promise<MonitoredCount[]> {
  const rows = source(
    filter,
    (conditions) => sql`SELECT ${SUMMARY_DIMENSIONS}, s."hearings" FROM "ReportHearingMonth" s WHERE ${conditions}`,
    (conditions) => sql`SELECT ${HEARING_DIMENSIONS}, 1 AS "hearings" FROM "ReportHearing" rh WHERE ${conditions}`,
    sql`SELECT ${NO_DIMENSIONS}, 0 AS "hearings" WHERE FALSE`,
  );
  const counted = await prisma.$queryRaw<{ sqlKey: string; hearings: number }[]>(sql`
    SELECT ${groupKey(groupBy)} AS "sqlKey", sum(x."hearings")::int AS "hearings"
    FROM (${rows}) x ${groupJoin(groupBy)} ${groupByClause(groupBy, [])} HAVING sum(x."hearings") <> 0`);
  const keyOf = groupKeyOf(groupBy, reference);
  const byKey = new Map(counted.map((row) => [keyOf(row.sqlKey), row.hearings]));
  if (groupBy === "standard") return [{ group: WHOLE, hearings: byKey.get("") ?? 0 }];
  const keys = new Set(byKey.keys());
  if (groupBy === "month") for (const m of monthKeys(filter)) keys.add(m);
  return [...keys].map((key) => ({ by: groupBy, key })).sort(groupOrder(groupBy, reference)).map((group) => ({ group, hearings: byKey.get(group.key) ?? 0 }));
}

export async function hearingIndicators(filter: ResolvedFilter, options: HearingIndicatorOptions, reference: ReportReference): Promise<HearingIndicators[]> {
  const { groupBy, lateStartMinutes } = options;
  const [countRows, reasonRows, delayRows] = await Promise.all([counts(filter, groupBy), reasonCounts(filter, groupBy), delayHistogram(filter, groupBy)]);
  const keyOf = groupKeyOf(groupBy, reference);
  const countsByKey = bucket(countRows, keyOf);
  const delaysByKey = bucket(delayRows, keyOf);
  const reasonsByKey = bucket(reasonRows, keyOf);
  const keys = new Set(countsByKey.keys());
  if (groupBy === "month") for (const m of monthKeys(filter)) keys.add(m);
  const groups = groupBy === "standard" ? [WHOLE] : [...keys].map((key) => ({ by: groupBy, key })).sort(groupOrder(groupBy, reference));
  const m = filter.minimumN;
  return groups.map((group) => {
    const row = countsByKey.get(group.key)?.[0];
    const bins: HistogramBin[] = (delaysByKey.get(group.key) ?? []).map((d) => ({ value: d.delayMinutes, count: d.hearings }));
    const delay = distributionOf(bins);
    const adjourned = row?.adjourned ?? 0;
    const rates = Object.fromEntries(FLAG_INDICATORS.map((f) => [f, proportion(row?.[f] ?? 0, row?.[known(f) as `${FlagIndicator}Known`] ?? 0, m)])) as HearingIndicators["rates"];
    rates.lateStart = proportion(countAbove(bins, lateStartMinutes), delay.count, m);
    const groupReasons = new Map((reasonsByKey.get(group.key) ?? []).map((r) => [r.reason, r.hearings]));
    const reasons = REASONS.map((reason) => ({ reason, ...proportion(groupReasons.get(reason) ?? 0, adjourned, m) }));
    return { group, hearings: row?.hearings ?? 0, rates, delay, reasons };
  });
}
