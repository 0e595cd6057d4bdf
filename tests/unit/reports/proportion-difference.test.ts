import { describe, expect, it } from "vitest";
import { proportionDifference } from "@/lib/reports/stats";

describe("proportionDifference", () => {
  it.each([
    // Newcombe (1998), Statistics in Medicine 17:873, table II, method 10 (hybrid score).
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
  ])("matches the published interval for %i/%i − %i/%i", (x1, n1, x2, n2, low, high) => {
    const d = proportionDifference({ numerator: x1, denominator: n1 }, { numerator: x2, denominator: n2 })!;
    expect(d.difference).toBeCloseTo(x1 / n1 - x2 / n2, 12);
    expect(d.low).toBeCloseTo(low, 4);
    expect(d.high).toBeCloseTo(high, 4);
  });

  it("calls a difference significant only when its interval leaves out zero", () => {
    expect(proportionDifference({ numerator: 56, denominator: 70 }, { numerator: 48, denominator: 80 })!.significant).toBe(true);
    expect(proportionDifference({ numerator: 48, denominator: 80 }, { numerator: 56, denominator: 70 })!.significant).toBe(true);
    expect(proportionDifference({ numerator: 5, denominator: 56 }, { numerator: 0, denominator: 29 })!.significant).toBe(false);
    expect(proportionDifference({ numerator: 3, denominator: 10 }, { numerator: 3, denominator: 10 })!).toMatchObject({ difference: 0, significant: false });
  });

  it("has no difference when either rate has no denominator", () => {
    expect(proportionDifference({ numerator: 0, denominator: 0 }, { numerator: 1, denominator: 4 })).toBeNull();
    expect(proportionDifference({ numerator: 1, denominator: 4 }, { numerator: 0, denominator: 0 })).toBeNull();
  });
});
