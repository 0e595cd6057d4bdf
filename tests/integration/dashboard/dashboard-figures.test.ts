import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { loadDashboard, type DashboardData } from "@/lib/dashboard/page-data";
import { complianceByStandard } from "@/lib/reports/compliance-queries";
import { drilldownCount } from "@/lib/reports/drilldown-queries";
import { defaultFilter } from "@/lib/reports/filter";
import { WHOLE, type GroupValue } from "@/lib/reports/groups";
import { hearingIndicators, monitoredHearings } from "@/lib/reports/hearing-indicator-queries";
import type { Measure } from "@/lib/reports/indicators";
import { reportReference, type ReportReference } from "@/lib/reports/reference-queries";
import { resolveFilter } from "@/lib/reports/resolve-filter";
import { getSettings } from "@/lib/settings/queries";
import { buildDashboardFixture, NOW, Q1, Q2 } from "./dashboard-fixture";

// Every expected number below was counted by hand from dashboard-fixture.ts; each is also checked
// against the report query (or the drill-down) for the same filter.
let reference: ReportReference;
let all: DashboardData;
let peje: DashboardData;

const load = async (region?: string) => loadDashboard({ view: { ...Q2, region }, reference, settings: await getSettings(), now: NOW });
const filterOf = (period: { from: string; to: string }, regions: string[] = []) => resolveFilter({ ...defaultFilter(2), ...period, regions });
const drill = async (period: { from: string; to: string }, group: GroupValue, measure: Measure, regions: string[] = []) =>
  drilldownCount({ filter: await filterOf(period, regions), group, measure, lateStartMinutes: 15 }, reference);

beforeAll(async () => {
  await buildDashboardFixture();
  reference = await reportReference();
  [all, peje] = await Promise.all([load(), load("PEJE")]);
});

describe("the view", () => {
  it("compares the quarter with the one before, and keeps the report filter of the view", () => {
    expect(all.previous).toEqual(Q1);
    expect(all.kind).toBe("quarter");
    expect(all.today).toBe("2025-07-10");
    expect(peje.filter).toMatchObject({ ...Q2, regions: ["PEJE"], minimumN: 2 });
  });
});

describe("courts' conduct", () => {
  it("counts the hearings monitored, now and before, as the drill-down does", async () => {
    expect(all.conduct.hearings).toMatchObject({ current: 6, previous: 3, change: 3 });
    expect(peje.conduct.hearings).toMatchObject({ current: 4, previous: 1 });
    expect(await drill(Q2, WHOLE, { kind: "hearings" })).toBe(6);
    expect(await drill(Q1, WHOLE, { kind: "hearings" }, ["PEJE"])).toBe(1);
  });

  it("gives each rate with its numerator and denominator against the previous quarter", () => {
    const rate = (indicator: string) => all.conduct.rates.find((r) => r.indicator === indicator)!.trend;
    const counts = (indicator: string) => [rate(indicator).current.numerator, rate(indicator).current.denominator, rate(indicator).previous.numerator, rate(indicator).previous.denominator];
    expect(counts("adjourned")).toEqual([2, 6, 1, 3]);
    expect(counts("lateStart")).toEqual([3, 6, 1, 3]);
    expect(counts("heldInPublic")).toEqual([6, 6, 3, 3]);
    expect(counts("announced")).toEqual([5, 6, 3, 3]);
    expect(counts("interpreterPresent")).toEqual([0, 1, 0, 0]);
    expect(rate("adjourned").change).toBeCloseTo(2 / 6 - 1 / 3, 12);
    expect(rate("interpreterPresent")).toMatchObject({ change: null, current: { belowMinimumN: true } });
    expect(all.conduct.meanDelay).toMatchObject({ measured: 6, previousMeasured: 3 });
    expect(all.conduct.meanDelay.current).toBeCloseTo(71 / 6, 12);
    expect(all.conduct.meanDelay.previous).toBeCloseTo(50 / 3, 12);
  });

  it("agrees with hearingIndicators and the drill-down for the same filter", async () => {
    for (const [data, period, regions] of [[all, Q2, []], [all, Q1, []], [peje, Q2, ["PEJE"]]] as const) {
      const [indicators] = await hearingIndicators(await filterOf(period, [...regions]), { groupBy: "standard", lateStartMinutes: 15 }, reference);
      const now = period === Q2;
      for (const { indicator, trend } of data.conduct.rates) expect(now ? trend.current : trend.previous).toEqual(indicators!.rates[indicator]);
    }
    expect(await drill(Q2, WHOLE, { kind: "lateStart", part: "numerator" })).toBe(3);
    expect(await drill(Q2, WHOLE, { kind: "flag", indicator: "adjourned", part: "numerator" })).toBe(2);
  });

  it("names the main adjournment reasons and the standards most breached, flagging the small n", async () => {
    expect(all.conduct.reasons.map((r) => [r.reason, r.trend.current.numerator, r.trend.current.denominator, r.trend.previous.numerator])).toEqual([
      ["WITNESS_ABSENT", 2, 2, 0], ["DEFENDANT_ABSENT", 1, 2, 0],
    ]);
    expect(await drill(Q2, WHOLE, { kind: "reason", reason: "WITNESS_ABSENT" })).toBe(2);
    expect(all.conduct.standards.map((s) => [s.standard.code, s.rank, s.trend.current.numerator, s.trend.current.denominator, s.trend.previous.numerator, s.trend.previous.denominator]))
      .toEqual([["S01", 1, 3, 6, 1, 3]]);
    const rows = await complianceByStandard(await filterOf(Q2), "standard", reference);
    expect(all.conduct.standards[0]!.trend.current).toEqual(rows.find((r) => r.standard.code === "S01"));
    // S09 (1 of 1) is below the minimum n of 2: flagged in the report, not ranked here.
    expect(rows.find((r) => r.standard.code === "S09")).toMatchObject({ nonCompliant: 1, applicable: 1, belowMinimumN: true, rank: null });
    expect(await drill(Q2, WHOLE, { kind: "standard", standard: "S01", part: "numerator" })).toBe(3);
  });

  it("puts the regions side by side on the same figures", async () => {
    const region = (code: string) => all.regionConduct.find((r) => r.region.code === code)!.figures;
    expect(region("PEJE").hearings).toMatchObject({ current: 4, previous: 1 });
    expect(region("PRIZREN").hearings).toMatchObject({ current: 2, previous: 1 });
    expect(region("GJILAN").hearings).toMatchObject({ current: 0, previous: 1 });
    expect(region("PEJE").standards.map((s) => [s.standard.code, s.trend.current.numerator, s.trend.current.denominator])).toEqual([["S01", 2, 4]]);
    expect(region("MITROVICE").standards.map((s) => [s.standard.code, s.trend.current.rate])).toEqual([["S01", null]]);
    expect(region("PEJE").reasons.map((r) => [r.reason, r.trend.current.numerator, r.trend.current.denominator])).toEqual([["WITNESS_ABSENT", 2, 2], ["DEFENDANT_ABSENT", 1, 2]]);
    expect(await drill(Q2, { by: "region", key: "PEJE" }, { kind: "standard", standard: "S01", part: "numerator" })).toBe(2);
    expect(region("PEJE").hearings.current).toBe(peje.conduct.hearings.current);
  });
});

describe("coverage", () => {
  it("lists every court with its hearings, and the share of each region's courts visited", async () => {
    const region = (code: string) => all.coverage.find((r) => r.region.code === code)!;
    const visited = (code: string) => new Map(region(code).courts.filter((c) => c.hearings > 0).map((c) => [c.court.code, c.hearings]));
    expect(visited("PEJE")).toEqual(new Map([["BC-PEJE", 3], ["BR-ISTOG", 1]]));
    expect(region("PEJE").courts.filter((c) => c.hearings === 0).map((c) => c.court.code)).toHaveLength(5);
    expect([region("PEJE").visited, region("PEJE").courts.length, region("PEJE").hearings]).toEqual([2, 7, 4]);
    expect([region("PRIZREN").visited, region("PRIZREN").courts.length, region("PRIZREN").share]).toEqual([1, 3, 1 / 3]);
    expect([region("GJILAN").visited, region("GJILAN").courts.length]).toEqual([0, 7]);
    const sitting = await prisma.court.count({ where: { retiredAt: null } });
    expect(all.coverage.reduce((sum, r) => sum + r.courts.length, 0)).toBe(sitting);
  });

  it("agrees with monitoredHearings and the drill-down per court", async () => {
    const byCourt = await monitoredHearings(await filterOf(Q2), "court", reference);
    const shown = all.coverage.flatMap((r) => r.courts.filter((c) => c.hearings > 0).map((c) => [c.court.code, c.hearings]));
    expect(new Map(shown as [string, number][])).toEqual(new Map(byCourt.map((row) => [row.group.key, row.hearings])));
    expect(await drill(Q2, { by: "court", key: "BC-PEJE" }, { kind: "hearings" })).toBe(3);
    expect(await drill(Q2, { by: "court", key: "BC-GJILAN" }, { kind: "hearings" })).toBe(0);
  });
});

describe("programme", () => {
  it("counts the year's hearings by month against the target", async () => {
    expect(all.programme.months.map((m) => m.hearings)).toEqual([1, 1, 1, 2, 2, 2, 1, 0, 0, 0, 0, 0]);
    expect(all.programme.progress).toMatchObject({ year: 2025, target: 2000, monitored: 10, status: "current" });
    expect(all.programme.regionTotal).toBeNull();
    expect(peje.programme.months.map((m) => m.hearings)).toEqual([1, 0, 0, 2, 2, 0, 1, 0, 0, 0, 0, 0]);
    // With a region the months are the region's, the target the whole programme's.
    expect([peje.programme.regionTotal, peje.programme.progress.monitored]).toEqual([6, 10]);
    const byMonth = await monitoredHearings(await filterOf({ from: "2025-01-01", to: "2025-12-31" }), "month", reference);
    expect(all.programme.months).toEqual(byMonth);
    expect(await drill({ from: "2025-01-01", to: "2025-12-31" }, { by: "month", key: "2025-06" }, { kind: "hearings" })).toBe(2);
  });
});

describe("follow-up", () => {
  it("counts open findings by standard and severity, and the interventions awaiting a reply and overdue", () => {
    const findings = (data: DashboardData) => data.followUp.findings.map((f) => [reference.standards.find((s) => s.id === f.standardId)!.code, f.severity, f.findings]).sort();
    expect(findings(all)).toEqual([["S01", "GRAVE", 1], ["S01", "SERIOUS", 1], ["S09", "GRAVE", 1]]);
    expect(findings(peje)).toEqual([["S01", "GRAVE", 1]]);
    expect(all.followUp.interventions).toEqual({ awaiting: 3, overdue: 2 });
    expect(peje.followUp.interventions).toEqual({ awaiting: 1, overdue: 1 });
    expect(all.followUp.overdue.map((i) => [i.title, i.dueAt.toISOString().slice(0, 10)])).toEqual([["I3", "2025-05-01"], ["I1", "2025-06-01"]]);
  });

  it("calls an intervention overdue by the interventions list's own rule: the dashboard and the menu badge agree", async () => {
    const { countOverdueInterventions } = await import("@/lib/interventions/queries");
    expect(all.followUp.interventions.overdue).toBe(await countOverdueInterventions(NOW));
  });

  it("counts a region's findings by their case or hearings, and its interventions by court or finding", async () => {
    const prizren = await load("PRIZREN");
    expect(prizren.followUp.findings.map((f) => [f.severity, f.findings]).sort()).toEqual([["GRAVE", 1], ["SERIOUS", 1]]);
    expect(prizren.followUp.interventions).toEqual({ awaiting: 1, overdue: 0 });
  });
});
