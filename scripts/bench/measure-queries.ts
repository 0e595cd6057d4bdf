// Child of scripts/bench/reports.mjs: times the report builder's query modules and, for each, the same
// aggregate as one raw SQL query over the answers, on the database at DATABASE_URL; checks they agree;
// times the trigger upkeep of approving and returning a report. Prints one JSON line.
import { prisma } from "../../lib/db.ts";
import { caseIndicators } from "../../lib/reports/case-indicator-queries.ts";
import { complianceByQuestion, complianceByStandard, type ComplianceRow } from "../../lib/reports/compliance-queries.ts";
import { complianceByDimension, type DimensionBreakdown } from "../../lib/reports/dimension-queries.ts";
import type { Dimension } from "../../lib/reports/dimensions.ts";
import { drilldownCount, drilldownPage } from "../../lib/reports/drilldown-queries.ts";
import { defaultFilter, type GroupBy, type ReportFilter } from "../../lib/reports/filter.ts";
import { hearingIndicators } from "../../lib/reports/hearing-indicator-queries.ts";
import { reportReference } from "../../lib/reports/reference-queries.ts";
import { loadReport } from "../../lib/reports/report-queries.ts";
import { resolveFilter } from "../../lib/reports/resolve-filter.ts";
import { timeIt } from "./timing.mjs";
import { rawCases, rawCompliance, rawHearingIndicators, rawNonCompliantHearings, rawQuestions, type RawGroup, type RawPeriod } from "./raw-queries.ts";

const LATE = 15;
const periods = JSON.parse(process.env.BENCH_PERIODS!) as Record<"year" | "tenYears" | "edges", { from: string; to: string }>;
const reference = await reportReference();
const filter = (period: { from: string; to: string }, extra: Partial<ReportFilter> = {}) => resolveFilter({ ...defaultFilter(10), ...period, ...extra });
const raw = <T>(sql: string) => prisma.$queryRawUnsafe<T[]>(sql);

/** Standard rows → "group|standard" → [applicable, nonCompliant], for comparing with the raw query. */
function byKey(rows: { group: string; standard: string; applicable: number; nonCompliant: number }[]) {
  return new Map(rows.filter((r) => r.applicable > 0).map((r) => [`${r.group}|${r.standard}`, `${r.applicable}/${r.nonCompliant}`]));
}
const fromModule = (rows: ComplianceRow[], groupBy: GroupBy) =>
  byKey(rows.map((r) => ({ group: groupBy === "standard" ? "" : r.group.key, standard: r.standard.code, applicable: r.applicable, nonCompliant: r.nonCompliant })));
const sameMaps = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

interface Case {
  name: string;
  module: () => Promise<unknown>;
  raw?: () => Promise<unknown>;
  agree?: (moduleResult: unknown, rawResult: unknown) => boolean;
}

function complianceCase(name: string, period: RawPeriod, groupBy: GroupBy & RawGroup, extra: Partial<ReportFilter> = {}): Case {
  return {
    name,
    module: async () => complianceByStandard(await filter(period, extra), groupBy, reference),
    raw: () => raw(rawCompliance(period, groupBy)),
    agree: (m, r) => sameMaps(fromModule(m as ComplianceRow[], groupBy), byKey(r as never)),
  };
}

/** The hearing's own column behind each breakdown dimension, for the raw query. */
const DIMENSION_COLUMN: Record<Dimension, string> = {
  judgeGender: `h."judgeGender"`, prosecutorGender: `h."prosecutorGender"`, defendantGender: `h."defendantGender"`, victimGender: `h."victimGender"`,
  judge: `h."judgeId"`, language: `h."language"`, detention: `h."detentionStatus"`, counsel: `h."defenceCounsel"`,
};

/** The same breakdown as one query over the hearings and their per-standard results, without any summary. */
function rawDimension(period: { from: string; to: string }, dimension: Dimension, category?: string): string {
  return `SELECT (${DIMENSION_COLUMN[dimension]})::text AS "group", st."code" AS "standard",
      count(*) FILTER (WHERE r."result" IN ('COMPLIANT', 'NON_COMPLIANT'))::int AS "applicable",
      count(*) FILTER (WHERE r."result" = 'NON_COMPLIANT')::int AS "nonCompliant"
    FROM "Hearing" h JOIN "HearingStandardResult" r ON r."hearingId" = h."id" JOIN "Standard" st ON st."id" = r."standardId"
    ${category ? `JOIN "Case" k ON k."id" = h."caseId" AND k."category" = '${category}'` : ""}
    WHERE h."reviewState" = 'APPROVED' AND ${DIMENSION_COLUMN[dimension]} IS NOT NULL
      AND report_court_day(h."scheduledAt") BETWEEN '${period.from}' AND '${period.to}'
    GROUP BY 1, 2`;
}

function dimensionCase(name: string, period: { from: string; to: string }, dimension: Dimension, extra: Partial<ReportFilter> = {}): Case {
  return {
    name,
    module: async () => complianceByDimension(await filter(period, extra), dimension, reference),
    raw: () => raw(rawDimension(period, dimension, extra.categories?.[0])),
    agree: (m, r) => sameMaps(byKey((m as DimensionBreakdown).rows.map((row) => ({ group: row.value, standard: row.standard.code, applicable: row.applicable, nonCompliant: row.nonCompliant }))), byKey(r as never)),
  };
}

const { year, tenYears, edges } = periods;
const cases: Case[] = [
  complianceCase("Compliance by standard, one year", year, "standard"),
  complianceCase("Compliance by standard, ten years", tenYears, "standard"),
  complianceCase("Compliance by court, one year", year, "court"),
  complianceCase("Compliance by month (trend), ten years", tenYears, "month"),
  complianceCase("Compliance by subject, one court, ten years", { ...tenYears, courtCode: "BC-PRISHTINE" }, "subject", { courts: ["BC-PRISHTINE"] }),
  complianceCase("Compliance by court, criminal cases, ten years", { ...tenYears, category: "CRIMINAL" }, "court", { categories: ["CRIMINAL"] }),
  complianceCase("Compliance by standard, period not on month boundaries", edges, "standard"),
  dimensionCase("Compliance by gender of the judge, one year", year, "judgeGender"),
  dimensionCase("Compliance by gender of the judge, ten years", tenYears, "judgeGender"),
  dimensionCase("Compliance by gender of the defendant, ten years", tenYears, "defendantGender"),
  dimensionCase("Compliance by gender of the victim, period not on month boundaries", edges, "victimGender"),
  dimensionCase("Compliance by judge, ten years", tenYears, "judge"),
  dimensionCase("Compliance by language of proceedings, ten years", tenYears, "language"),
  dimensionCase("Compliance by detention, one year", year, "detention"),
  dimensionCase("Compliance by defence counsel, ten years", tenYears, "counsel"),
  dimensionCase("Compliance by gender of the prosecutor, criminal cases, one year (per-hearing rows)", year, "prosecutorGender", { categories: ["CRIMINAL"] }),
  {
    name: "Compliance by question code, ten years",
    module: async () => complianceByQuestion(await filter(tenYears), "standard", reference),
    raw: () => raw(rawQuestions(tenYears)),
    agree: (m, r) => {
      const moduleMap = new Map((m as { questionCode: string; applicable: number; nonCompliant: number }[]).filter((q) => q.applicable > 0).map((q) => [q.questionCode, `${q.applicable}/${q.nonCompliant}`]));
      const rawMap = new Map((r as { code: string; applicable: number; nonCompliant: number }[]).filter((q) => q.applicable > 0).map((q) => [q.code, `${q.applicable}/${q.nonCompliant}`]));
      return sameMaps(moduleMap, rawMap);
    },
  },
  {
    name: "Hearing-level indicators with median delay, ten years",
    module: async () => hearingIndicators(await filter(tenYears), { groupBy: "standard", lateStartMinutes: LATE }, reference),
    raw: () => raw(rawHearingIndicators(tenYears, LATE)),
    agree: (m, r) => {
      const [h] = m as Awaited<ReturnType<typeof hearingIndicators>>;
      const [x] = r as { hearings: number; adjourned: number; late: number; delayKnown: number; medianDelay: number; interpreted: number }[];
      return h!.hearings === x!.hearings && h!.rates.adjourned.numerator === x!.adjourned && h!.rates.lateStart.numerator === x!.late
        && h!.delay.count === x!.delayKnown && h!.delay.median === Number(x!.medianDelay) && h!.rates.interpreterPresent.numerator === x!.interpreted;
    },
  },
  {
    name: "Hearing-level indicators by court, ten years",
    module: async () => hearingIndicators(await filter(tenYears), { groupBy: "court", lateStartMinutes: LATE }, reference),
  },
  {
    name: "Case-level indicators, ten years",
    module: async () => caseIndicators(await filter(tenYears), "standard", reference),
    raw: () => raw(rawCases(tenYears)),
    agree: (m, r) => {
      const [c] = m as Awaited<ReturnType<typeof caseIndicators>>;
      const [x] = r as { cases: number; hearings: number }[];
      return c!.cases === x!.cases && c!.hearings === x!.hearings;
    },
  },
  {
    name: "Drill-down count (S01 non-compliant), ten years",
    module: async () => drilldownCount({ filter: await filter(tenYears), group: { by: "standard", key: "" }, measure: { kind: "standard", standard: "S01", part: "numerator" }, lateStartMinutes: LATE }, reference),
    raw: () => raw(rawNonCompliantHearings(tenYears, "S01")),
    agree: (m, r) => m === (r as { count: number }[])[0]!.count,
  },
  {
    name: "Drill-down first page of 25, ten years",
    module: async () => drilldownPage({ filter: await filter(tenYears), group: { by: "standard", key: "" }, measure: { kind: "standard", standard: "S01", part: "numerator" }, lateStartMinutes: LATE }, reference, { size: 25 }),
  },
  {
    name: "Whole report builder page (all sections), one year",
    module: async () => loadReport(await filter(year), { by: "region", focus: "S01", attribute: "judgeGender" }, reference, { lateStartMinutes: LATE }),
  },
  {
    name: "Whole report builder page (all sections), ten years",
    module: async () => loadReport(await filter(tenYears), { by: "month", focus: "S01", attribute: "judgeGender" }, reference, { lateStartMinutes: LATE }),
  },
];

const results = [];
for (const c of cases) {
  process.stderr.write(`[bench] ${c.name}\n`);
  const moduleTiming = await timeIt(c.module, { warmup: 5, runs: 25 });
  const rawTiming = c.raw ? await timeIt(c.raw, { warmup: 1, runs: 7 }) : null;
  results.push({
    name: c.name,
    module: { median: moduleTiming.median, p95: moduleTiming.p95 },
    raw: rawTiming ? { median: rawTiming.median, p95: rawTiming.p95 } : null,
    agree: c.agree && rawTiming ? c.agree(moduleTiming.last, rawTiming.last) : null,
  });
}

// What an approval and a return cost with the triggers keeping the summaries in step.
const submitted = await prisma.hearing.findMany({ where: { reviewState: "SUBMITTED" }, select: { id: true }, take: 60, orderBy: { id: "asc" } });
const approve = [];
const giveBack = [];
for (const { id } of submitted) {
  let t0 = performance.now();
  await prisma.$executeRaw`UPDATE "Hearing" SET "reviewState" = 'APPROVED', "approvedAt" = now() WHERE "id" = ${id}`;
  approve.push(performance.now() - t0);
  t0 = performance.now();
  await prisma.$executeRaw`UPDATE "Hearing" SET "reviewState" = 'SUBMITTED', "approvedAt" = NULL WHERE "id" = ${id}`;
  giveBack.push(performance.now() - t0);
}
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)] ?? null, p95: s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] ?? null, runs: s.length };
};
console.log(JSON.stringify({ queries: results, upkeep: { approve: stats(approve), unapprove: stats(giveBack) } }));
await prisma.$disconnect();
