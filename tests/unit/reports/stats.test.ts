import { describe, expect, it } from "vitest";
import { countAbove, distributionOf, mean, median, proportion, rankByRate, wilsonInterval } from "@/lib/reports/stats";

describe("wilsonInterval", () => {
  it("matches the interval worked by hand for 3 of 10", () => {
    // p = 0.3, z² = 3.8415; centre = (0.3 + 0.19207) / 1.38415 = 0.35550;
    // half = 1.96 · √(0.021 + 0.0096037) / 1.38415 = 0.24772 → [0.10779, 0.60322]
    const interval = wilsonInterval(3, 10)!;
    expect(interval.low).toBeCloseTo(0.10779, 4);
    expect(interval.high).toBeCloseTo(0.60322, 4);
  });

  it.each([
    // Newcombe (1998), Statistics in Medicine 17:857, table I, method 3.
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])("matches the published interval for %i of %i", (x, n, low, high) => {
    const interval = wilsonInterval(x, n)!;
    expect(interval.low).toBeCloseTo(low, 4);
    expect(interval.high).toBeCloseTo(high, 4);
  });

  it("does not collapse at 0% or 100%, and stays inside [0, 1]", () => {
    expect(wilsonInterval(10, 10)!.low).toBeCloseTo(0.7225, 4);
    expect(wilsonInterval(10, 10)!.high).toBe(1);
    expect(wilsonInterval(0, 1)!.low).toBe(0);
    expect(wilsonInterval(0, 1)!.high).toBeCloseTo(0.7935, 4);
  });

  it("has no interval without a denominator, and refuses impossible counts", () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
  });
});

describe("proportion", () => {
  it("carries the rate, the interval and the minimum-n flag", () => {
    expect(proportion(3, 10, 10)).toMatchObject({ numerator: 3, denominator: 10, rate: 0.3, belowMinimumN: false });
    expect(proportion(3, 10, 10).ciLow).toBeCloseTo(0.10779, 4);
    expect(proportion(2, 9, 10)).toMatchObject({ rate: 2 / 9, belowMinimumN: true });
  });

  it("is empty, not zero, where nothing applied", () => {
    expect(proportion(0, 0, 10)).toEqual({ numerator: 0, denominator: 0, rate: null, ciLow: null, ciHigh: null, belowMinimumN: true });
    expect(proportion(0, 0, 0).belowMinimumN).toBe(false);
  });
});

describe("mean and median", () => {
  it("of plain values", () => {
    expect(mean([0, 5, 10, 45])).toBe(15);
    expect(median([45, 0, 10, 5])).toBe(7.5);
    expect(median([7, 1, 3])).toBe(3);
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
  });

  it("of a histogram equal those of the values it counts", () => {
    // Delays 0, 0, 0, 5, 20, 20, 90: mean 135 / 7, median 5.
    const bins = [{ value: 20, count: 2 }, { value: 0, count: 3 }, { value: 90, count: 1 }, { value: 5, count: 1 }];
    expect(distributionOf(bins)).toEqual({ count: 7, mean: 135 / 7, median: 5 });
    const values = [0, 0, 0, 5, 20, 20, 90];
    expect(distributionOf(bins).mean).toBeCloseTo(mean(values)!, 12);
    expect(distributionOf(bins).median).toBe(median(values));
  });

  it("of an even histogram takes the two middle values", () => {
    // 0, 0, 16, 30: median (0 + 16) / 2 = 8.
    expect(distributionOf([{ value: 0, count: 2 }, { value: 16, count: 1 }, { value: 30, count: 1 }]).median).toBe(8);
    expect(distributionOf([{ value: 12, count: 4 }]).median).toBe(12);
  });

  it("of an empty histogram is empty", () => {
    expect(distributionOf([])).toEqual({ count: 0, mean: null, median: null });
    expect(distributionOf([{ value: 3, count: 0 }])).toEqual({ count: 0, mean: null, median: null });
  });

  it("counts the observations above a threshold (late starts: more than 15 minutes)", () => {
    const bins = [{ value: 15, count: 4 }, { value: 16, count: 2 }, { value: 40, count: 1 }, { value: 0, count: 9 }];
    expect(countAbove(bins, 15)).toBe(3);
    expect(countAbove([], 15)).toBe(0);
  });
});

describe("rankByRate", () => {
  it("ranks the highest rate first, shares ties, and leaves flagged or empty rates out", () => {
    const rows = [
      { rate: 0.2, belowMinimumN: false },
      { rate: 0.9, belowMinimumN: true },
      { rate: 0.5, belowMinimumN: false },
      { rate: 0.2, belowMinimumN: false },
      { rate: null, belowMinimumN: true },
      { rate: 0.1, belowMinimumN: false },
    ];
    expect(rankByRate(rows)).toEqual([2, null, 1, 2, null, 4]);
  });
});
