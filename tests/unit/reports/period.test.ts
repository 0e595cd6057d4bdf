import { describe, expect, it } from "vitest";
import { monthsBetween, splitPeriod } from "@/lib/reports/period";
import { isCalendarDay } from "@/lib/time/calendar-days";

describe("splitPeriod", () => {
  it("answers a calendar year from its twelve months alone", () => {
    expect(splitPeriod({ from: "2025-01-01", to: "2025-12-31" })).toEqual({ months: { from: "2025-01-01", to: "2025-12-01" }, edges: [] });
  });

  it("adds the days at either end that do not fill a month", () => {
    expect(splitPeriod({ from: "2025-01-15", to: "2025-04-10" })).toEqual({
      months: { from: "2025-02-01", to: "2025-03-01" },
      edges: [{ from: "2025-01-15", to: "2025-01-31" }, { from: "2025-04-01", to: "2025-04-10" }],
    });
  });

  it("knows February's last day, in leap years too", () => {
    expect(splitPeriod({ from: "2024-02-01", to: "2024-02-29" })).toEqual({ months: { from: "2024-02-01", to: "2024-02-01" }, edges: [] });
    expect(splitPeriod({ from: "2025-02-01", to: "2025-02-28" }).edges).toEqual([]);
  });

  it("answers a period inside one month from the days alone", () => {
    expect(splitPeriod({ from: "2025-03-03", to: "2025-03-30" })).toEqual({ months: null, edges: [{ from: "2025-03-03", to: "2025-03-30" }] });
    expect(splitPeriod({ from: "2025-03-31", to: "2025-04-01" })).toEqual({ months: null, edges: [{ from: "2025-03-31", to: "2025-04-01" }] });
  });

  it("is empty for a reversed period", () => {
    expect(splitPeriod({ from: "2025-03-02", to: "2025-03-01" })).toEqual({ months: null, edges: [] });
  });
});

describe("calendar days and months", () => {
  it("accepts real days only", () => {
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2025-02-29")).toBe(false);
    expect(isCalendarDay("2025-13-01")).toBe(false);
    expect(isCalendarDay("2025-1-01")).toBe(false);
  });

  it("lists the months a period touches", () => {
    expect(monthsBetween({ from: "2024-11-20", to: "2025-02-03" })).toEqual(["2024-11-01", "2024-12-01", "2025-01-01", "2025-02-01"]);
  });
});

describe("splitPeriodByYears", () => {
  it("splits a period into its whole calendar years and the ranges outside them", async () => {
    const { splitPeriodByYears } = await import("@/lib/reports/period");
    expect(splitPeriodByYears({ from: "2016-11-01", to: "2026-10-31" })).toEqual({
      years: { from: "2017-01-01", to: "2025-01-01" }, rest: [{ from: "2016-11-01", to: "2016-12-31" }, { from: "2026-01-01", to: "2026-10-31" }],
    });
    expect(splitPeriodByYears({ from: "2025-01-01", to: "2025-12-31" })).toEqual({ years: { from: "2025-01-01", to: "2025-01-01" }, rest: [] });
    expect(splitPeriodByYears({ from: "2025-03-15", to: "2025-09-20" })).toEqual({ years: null, rest: [{ from: "2025-03-15", to: "2025-09-20" }] });
    expect(splitPeriodByYears({ from: "2025-01-01", to: "2026-12-30" })).toEqual({ years: { from: "2025-01-01", to: "2025-01-01" }, rest: [{ from: "2026-01-01", to: "2026-12-30" }] });
  });
});
