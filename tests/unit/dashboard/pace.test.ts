import { describe, expect, it } from "vitest";
import { monthlyProgress, targetLine, targetProgress } from "@/lib/dashboard/pace";

describe("targetProgress", () => {
  it("gives the share reached, the steady pace's mark, and the monthly pace so far and needed", () => {
    // 1 April 2025 is day 91 of 365: 91 days are 2.992 months; 274 days (8.008 months) remain.
    const progress = targetProgress({ year: 2025, target: 2000, monitored: 400, today: "2025-04-01" });
    expect(progress.status).toBe("current");
    expect(progress.share).toBeCloseTo(0.2, 12);
    expect(progress.expectedByNow).toBe(Math.round((2000 * 91) / 365));
    expect(progress.monthlyPaceSoFar).toBeCloseTo(400 / ((91 * 12) / 365), 9);
    expect(progress.monthlyPaceNeeded).toBeCloseTo(1600 / ((274 * 12) / 365), 9);
    expect(progress.projected).toBe(Math.round((400 * 365) / 91));
  });

  it("needs nothing more once the target is reached", () => {
    expect(targetProgress({ year: 2025, target: 100, monitored: 120, today: "2025-06-30" }).monthlyPaceNeeded).toBe(0);
  });

  it("closes a past year without a pace to keep, and has none yet for a year to come", () => {
    const past = targetProgress({ year: 2024, target: 2000, monitored: 1900, today: "2025-02-01" });
    expect(past).toMatchObject({ status: "past", expectedByNow: 2000, monthlyPaceNeeded: null, projected: 1900 });
    expect(past.monthlyPaceSoFar).toBeCloseTo(1900 / 12, 9);
    const future = targetProgress({ year: 2026, target: 2000, monitored: 0, today: "2025-12-31" });
    expect(future).toMatchObject({ status: "future", expectedByNow: 0, monthlyPaceSoFar: null, projected: null, monthlyPaceNeeded: 2000 / 12 });
  });

  it("has no share without a target", () => {
    expect(targetProgress({ year: 2025, target: 0, monitored: 5, today: "2025-03-01" }).share).toBeNull();
  });
});

describe("targetLine", () => {
  it("climbs by each month's days to the target at the end of December", () => {
    const line = targetLine(2024, 366);
    expect(line).toHaveLength(12);
    expect(line[0]).toBe(31);
    expect(line[1]).toBe(60);
    expect(line[11]).toBe(366);
  });
});

describe("monthlyProgress", () => {
  it("runs the total up to the current month and leaves the months to come without one", () => {
    const months = [{ month: "2025-01", hearings: 30 }, { month: "2025-02", hearings: 20 }, { month: "2025-03", hearings: 0 }];
    expect(monthlyProgress(months, 2025, 365, "2025-02-10")).toEqual([
      { month: "2025-01", hearings: 30, cumulative: 30, steady: 31 },
      { month: "2025-02", hearings: 20, cumulative: 50, steady: 59 },
      { month: "2025-03", hearings: 0, cumulative: null, steady: 90 },
    ]);
  });
});
