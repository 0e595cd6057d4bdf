import { describe, expect, it } from "vitest";
import { calendarPeriod, includesDay, periodKind, periodLength, previousPeriod, shiftPeriod } from "@/lib/dashboard/period";

describe("dashboard periods", () => {
  it("finds the month, quarter and year that hold a day", () => {
    expect(calendarPeriod("month", "2024-02-17")).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(calendarPeriod("quarter", "2025-05-31")).toEqual({ from: "2025-04-01", to: "2025-06-30" });
    expect(calendarPeriod("quarter", "2025-12-31")).toEqual({ from: "2025-10-01", to: "2025-12-31" });
    expect(calendarPeriod("year", "2025-07-04")).toEqual({ from: "2025-01-01", to: "2025-12-31" });
  });

  it("reads the kind back from the days", () => {
    expect(periodKind({ from: "2025-02-01", to: "2025-02-28" })).toBe("month");
    expect(periodKind({ from: "2025-07-01", to: "2025-09-30" })).toBe("quarter");
    expect(periodKind({ from: "2025-01-01", to: "2025-12-31" })).toBe("year");
    expect(periodKind({ from: "2025-02-01", to: "2025-03-31" })).toBe("custom");
    expect(periodKind({ from: "2025-02-02", to: "2025-02-28" })).toBe("custom");
    expect(periodKind({ from: "2025-02-01", to: "2025-04-30" })).toBe("custom");
  });

  it("compares with the previous month, quarter or year, across year ends and leap days", () => {
    expect(previousPeriod({ from: "2025-01-01", to: "2025-01-31" })).toEqual({ from: "2024-12-01", to: "2024-12-31" });
    expect(previousPeriod({ from: "2024-03-01", to: "2024-03-31" })).toEqual({ from: "2024-02-01", to: "2024-02-29" });
    expect(previousPeriod({ from: "2025-01-01", to: "2025-03-31" })).toEqual({ from: "2024-10-01", to: "2024-12-31" });
    expect(previousPeriod({ from: "2025-01-01", to: "2025-12-31" })).toEqual({ from: "2024-01-01", to: "2024-12-31" });
    expect(shiftPeriod({ from: "2025-10-01", to: "2025-12-31" }, 1)).toEqual({ from: "2026-01-01", to: "2026-03-31" });
  });

  it("compares a custom period with as many days just before it", () => {
    expect(periodLength({ from: "2025-03-10", to: "2025-03-19" })).toBe(10);
    expect(previousPeriod({ from: "2025-03-10", to: "2025-03-19" })).toEqual({ from: "2025-02-28", to: "2025-03-09" });
    expect(shiftPeriod({ from: "2025-03-10", to: "2025-03-19" }, 1)).toEqual({ from: "2025-03-20", to: "2025-03-29" });
    expect(previousPeriod({ from: "2025-05-05", to: "2025-05-05" })).toEqual({ from: "2025-05-04", to: "2025-05-04" });
  });

  it("knows whether a day falls inside", () => {
    expect(includesDay({ from: "2025-01-01", to: "2025-01-31" }, "2025-01-31")).toBe(true);
    expect(includesDay({ from: "2025-01-01", to: "2025-01-31" }, "2025-02-01")).toBe(false);
  });
});
