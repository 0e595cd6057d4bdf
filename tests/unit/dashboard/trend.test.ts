import { describe, expect, it } from "vitest";
import { changeWording, rateTrend, valueTrend } from "@/lib/dashboard/trend";
import { proportion } from "@/lib/reports/stats";

describe("rateTrend", () => {
  it("gives the change in points, and calls a clear rise of a bad rate worse", () => {
    const trend = rateTrend(proportion(56, 70, 10), proportion(48, 80, 10), "higherIsWorse");
    expect(trend.change).toBeCloseTo(0.2, 12);
    expect(trend).toMatchObject({ direction: "up", significant: true, verdict: "worse" });
    expect(rateTrend(proportion(56, 70, 10), proportion(48, 80, 10), "higherIsBetter").verdict).toBe("better");
    expect(rateTrend(proportion(48, 80, 10), proportion(56, 70, 10), "higherIsWorse")).toMatchObject({ direction: "down", verdict: "better" });
  });

  it("gives no verdict on a change within the noise, nor for a rate without polarity", () => {
    expect(rateTrend(proportion(5, 56, 10), proportion(0, 29, 10), "higherIsWorse")).toMatchObject({ direction: "up", significant: false, verdict: null });
    expect(rateTrend(proportion(56, 70, 10), proportion(48, 80, 10), "neutral")).toMatchObject({ significant: true, verdict: null });
  });

  it("does not compare a rate below the minimum n, or one without a denominator", () => {
    expect(rateTrend(proportion(9, 9, 10), proportion(0, 40, 10), "higherIsWorse")).toMatchObject({ change: null, direction: null, verdict: null });
    expect(rateTrend(proportion(0, 0, 10), proportion(5, 40, 10), "higherIsWorse").change).toBeNull();
  });
});

describe("valueTrend", () => {
  it("gives the change of a count or a mean", () => {
    expect(valueTrend(12, 20)).toEqual({ current: 12, previous: 20, change: -8, direction: "down" });
    expect(valueTrend(5, 5).direction).toBe("same");
    expect(valueTrend(null, 3)).toEqual({ current: null, previous: 3, change: null, direction: null });
  });
});

describe("changeWording: a change is worded by its interval, for every rate", () => {
  it("calls a neutral figure's clear rise 'up': 2025 vs 2024, adjourned because the defendant was absent, 162/455 vs 4/29", () => {
    const trend = rateTrend(proportion(162, 455, 10), proportion(4, 29, 10), "neutral");
    expect(trend.change).toBeCloseTo(162 / 455 - 4 / 29, 12);
    // Newcombe's hybrid score interval, worked by hand: +4.5 to +31.3 points.
    expect(trend.interval!.low).toBeCloseTo(0.0454, 3);
    expect(trend.interval!.high).toBeCloseTo(0.313, 3);
    expect(trend).toMatchObject({ significant: true, wording: "up", verdict: null });
  });

  it("says 'down' when the interval lies below zero, 'noise' when it holds zero, whatever the polarity", () => {
    expect(changeWording({ low: -0.3, high: -0.01 })).toBe("down");
    expect(changeWording({ low: -0.01, high: 0.3 })).toBe("noise");
    expect(changeWording({ low: 0, high: 0.3 })).toBe("noise");
    expect(rateTrend(proportion(4, 29, 10), proportion(162, 455, 10), "neutral").wording).toBe("down");
    expect(rateTrend(proportion(5, 56, 10), proportion(0, 29, 10), "higherIsWorse")).toMatchObject({ wording: "noise", verdict: null });
    expect(rateTrend(proportion(56, 70, 10), proportion(48, 80, 10), "higherIsWorse")).toMatchObject({ wording: "up", verdict: "worse" });
  });

  it("does not word a change it does not compare", () => {
    expect(rateTrend(proportion(9, 9, 10), proportion(0, 40, 10), "neutral")).toMatchObject({ wording: null, interval: null });
  });
});
