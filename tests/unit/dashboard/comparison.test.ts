import { describe, expect, it } from "vitest";
import { comparedCount, countComparison } from "@/lib/dashboard/comparison";
import { valueTrend } from "@/lib/dashboard/trend";
import { yearsOf } from "@/lib/dashboard/years";
import type { HearingIndicators } from "@/lib/reports/hearing-indicator-queries";
import { proportion } from "@/lib/reports/stats";

describe("countComparison: a count is compared only with a period fully monitored and holding enough hearings", () => {
  const y2024 = { from: "2024-01-01", to: "2024-12-31" };
  it("refuses a previous period that began before monitoring did (the demo's 2024)", () => {
    expect(countComparison(y2024, 113, "2024-09-01", 10)).toEqual({ reason: "beforeMonitoring", firstMonth: "2024-09-01" });
    const trend = comparedCount(valueTrend(1837, 113), countComparison(y2024, 113, "2024-09-01", 10));
    expect(trend).toMatchObject({ current: 1837, previous: 113, change: null, direction: null });
  });
  it("refuses a previous period with fewer hearings than the minimum n, and compares the rest", () => {
    expect(countComparison(y2024, 9, "2020-01-01", 10)).toEqual({ reason: "tooFew", hearings: 9 });
    expect(countComparison(y2024, 10, "2024-01-01", 10)).toBeNull();
    expect(comparedCount(valueTrend(30, 20), null)).toMatchObject({ change: 10, direction: "up", notComparable: null });
  });
});

describe("yearsOf: conduct year by year from the months", () => {
  const month = (key: string, hearings: number, adjourned: [number, number]): HearingIndicators => {
    const none = proportion(0, 0, 10);
    return {
      group: { by: "month", key }, hearings, delay: { count: 0, mean: null, median: null }, reasons: [],
      rates: { adjourned: proportion(adjourned[0], adjourned[1], 10), lateStart: none, heldInPublic: none, announced: none, recorded: none, interpreterPresent: none, withoutCounsel: none },
    };
  };
  it("sums the months of each year and words each rate's change on the year before by its interval", () => {
    const years = yearsOf([month("2024-11", 20, [2, 20]), month("2024-12", 20, [2, 20]), month("2025-01", 100, [60, 100]), month("2025-02", 100, [60, 100])], 10);
    expect(years.map((y) => [y.year, y.hearings])).toEqual([[2024, 40], [2025, 200]]);
    const adjourned2025 = years[1]!.rates.find((r) => r.indicator === "adjourned")!.trend;
    expect([adjourned2025.current.numerator, adjourned2025.current.denominator, adjourned2025.previous.numerator, adjourned2025.previous.denominator]).toEqual([120, 200, 4, 40]);
    expect(adjourned2025).toMatchObject({ wording: "up", verdict: "worse" });
    expect(years[0]!.rates.find((r) => r.indicator === "adjourned")!.trend.wording).toBeNull();
  });
});
