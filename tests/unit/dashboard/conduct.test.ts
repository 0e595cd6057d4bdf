import { describe, expect, it } from "vitest";
import { conductFigures, indicatorsOf, topNonCompliant, topReasons } from "@/lib/dashboard/conduct";
import type { ComplianceRow } from "@/lib/reports/compliance-queries";
import type { HearingIndicators } from "@/lib/reports/hearing-indicator-queries";
import type { StandardRef } from "@/lib/reports/reference-queries";
import { proportion, rankByRate } from "@/lib/reports/stats";

const standard = (number: number): StandardRef => ({ id: number, code: `S${String(number).padStart(2, "0")}`, number, nameEn: `Standard ${number}`, nameSq: "", nameSr: "" });

/** Rows as complianceByStandard gives them: ranked among those at or above the minimum n. */
function rows(counts: [number, number, number][], minimumN = 10): ComplianceRow[] {
  const unranked = counts.map(([number, nonCompliant, applicable]) => ({
    standard: standard(number), group: { by: "standard" as const, key: "" }, applicable, nonCompliant, unclear: 0, ...proportion(nonCompliant, applicable, minimumN),
  }));
  const ranks = rankByRate(unranked);
  return unranked.map((row, i) => ({ ...row, rank: ranks[i]! }));
}

function indicators(overrides: { hearings: number; adjourned: [number, number]; reasons: Partial<Record<string, number>>; delays?: { count: number; mean: number | null } }): HearingIndicators {
  const none = indicatorsOf([], { by: "standard", key: "" }, 10);
  return {
    ...none,
    hearings: overrides.hearings,
    rates: { ...none.rates, adjourned: proportion(...overrides.adjourned, 10) },
    delay: { count: overrides.delays?.count ?? 0, mean: overrides.delays?.mean ?? null, median: null },
    reasons: none.reasons.map((r) => ({ reason: r.reason, ...proportion(overrides.reasons[r.reason] ?? 0, overrides.adjourned[0], 10) })),
  };
}

describe("topNonCompliant", () => {
  it("takes the five highest rates that may be ranked, leaving out small n and zero rates", () => {
    const top = topNonCompliant(rows([[1, 5, 10], [2, 9, 9], [3, 8, 10], [4, 1, 20], [5, 0, 30], [6, 6, 12], [7, 3, 10], [8, 2, 10]]));
    // S02 (9 of 9) is below the minimum n; S05 has no breach.
    expect(top.map((r) => r.standard.code)).toEqual(["S03", "S01", "S06", "S07", "S08"]);
  });
});

describe("conductFigures", () => {
  const now = { indicators: indicators({ hearings: 120, adjourned: [30, 100], reasons: { WITNESS_ABSENT: 12, DEFENDANT_ABSENT: 20, OTHER: 3, JUDGE_UNAVAILABLE: 1 }, delays: { count: 90, mean: 14.5 } }), standards: rows([[1, 5, 10], [3, 8, 10]]) };
  const before = { indicators: indicators({ hearings: 100, adjourned: [10, 100], reasons: { WITNESS_ABSENT: 6, DEFENDANT_ABSENT: 2 }, delays: { count: 80, mean: 20 } }), standards: rows([[1, 2, 10]]) };

  it("sets each figure against the previous period", () => {
    const figures = conductFigures(now, before, { minimumN: 10 });
    expect(figures.hearings).toMatchObject({ current: 120, previous: 100, change: 20, direction: "up" });
    const adjourned = figures.rates.find((r) => r.indicator === "adjourned")!.trend;
    expect(adjourned.change).toBeCloseTo(0.2, 12);
    expect(adjourned).toMatchObject({ significant: true, verdict: "worse" });
    expect(figures.meanDelay).toMatchObject({ current: 14.5, previous: 20, change: -5.5, measured: 90, previousMeasured: 80 });
  });

  it("names the three reasons given most often, and the standards most breached with their trend", () => {
    const figures = conductFigures(now, before, { minimumN: 10 });
    expect(figures.reasons.map((r) => [r.reason, r.trend.current.numerator, r.trend.previous.numerator])).toEqual([
      ["DEFENDANT_ABSENT", 20, 2], ["WITNESS_ABSENT", 12, 6], ["OTHER", 3, 0],
    ]);
    expect(figures.standards.map((s) => [s.standard.code, s.rank, s.trend.current.numerator, s.trend.previous.numerator])).toEqual([["S03", 1, 8, 0], ["S01", 2, 5, 2]]);
    // S03 had no row before: nothing applied, so no rate to compare with.
    expect(figures.standards[0]!.trend.change).toBeNull();
  });

  it("shows the standards and reasons it is given, so that regions compare on the same ones", () => {
    const figures = conductFigures(now, before, { minimumN: 10, standards: [standard(9)], reasons: ["PROSECUTOR_ABSENT"] });
    expect(figures.standards).toHaveLength(1);
    expect(figures.standards[0]).toMatchObject({ standard: { code: "S09" }, rank: null, trend: { change: null } });
    expect(figures.reasons.map((r) => [r.reason, r.trend.current.numerator, r.trend.current.denominator])).toEqual([["PROSECUTOR_ABSENT", 0, 30]]);
  });
});

describe("topReasons and indicatorsOf", () => {
  it("orders reasons by how often they were given", () => {
    const adjourned = indicators({ hearings: 10, adjourned: [5, 10], reasons: { OTHER: 1, DEFENDANT_ABSENT: 4 } });
    expect(topReasons(adjourned).map((r) => r.reason)).toEqual(["DEFENDANT_ABSENT", "OTHER"]);
  });

  it("stands in for a group where nothing was approved", () => {
    const empty = indicatorsOf([], { by: "region", key: "PEJE" }, 10);
    expect(empty.hearings).toBe(0);
    expect(empty.group).toEqual({ by: "region", key: "PEJE" });
    expect(empty.rates.lateStart).toMatchObject({ numerator: 0, denominator: 0, rate: null, belowMinimumN: true });
    expect(empty.reasons).toHaveLength(9);
  });
});
