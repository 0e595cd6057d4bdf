import { describe, expect, it } from "vitest";
import { courtDay, fromCourtDateTimeInput, toCourtDateTimeInput } from "@/lib/time/zone";

describe("court time (Europe/Belgrade)", () => {
  it("reads a winter wall-clock time as UTC+1 and a summer one as UTC+2", () => {
    expect(fromCourtDateTimeInput("2026-01-15T09:30")?.toISOString()).toBe("2026-01-15T08:30:00.000Z");
    expect(fromCourtDateTimeInput("2026-07-15T09:30")?.toISOString()).toBe("2026-07-15T07:30:00.000Z");
  });

  it("round-trips input values, including on the days the clocks change", () => {
    for (const value of ["2026-03-29T09:00", "2026-10-25T09:00", "2026-12-31T23:59", "2027-01-01T00:00"]) {
      expect(toCourtDateTimeInput(fromCourtDateTimeInput(value))).toBe(value);
    }
  });

  it("refuses malformed and impossible values", () => {
    expect(fromCourtDateTimeInput("2026-02-30T09:00")).toBeNull();
    expect(fromCourtDateTimeInput("2026-13-01T09:00")).toBeNull();
    expect(fromCourtDateTimeInput("yesterday")).toBeNull();
  });

  it("gives the court day of an instant late in the UTC evening", () => {
    expect(courtDay(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01");
  });
});
