import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/time/calendar-days";
import { courtDayRange, courtDaysAhead } from "@/lib/time/court-day-range";

describe("court days", () => {
  it("adds calendar days across months and years", () => {
    expect(addDays("2026-02-27", 2)).toBe("2026-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("takes a period of whole court days in court time", () => {
    // Court time is UTC+1 in winter: a court day starts at 23:00 UTC the evening before.
    expect(courtDayRange("2026-01-10", "2026-01-11")).toEqual({ gte: new Date("2026-01-09T23:00:00Z"), lt: new Date("2026-01-11T23:00:00Z") });
    expect(courtDayRange(undefined, undefined)).toBeNull();
  });

  it("runs from the start of today to the end of the last court day ahead, in court time, across a clock change", () => {
    // 23:30 UTC on 20 March is already 21 March in court time; the 14th day after is 4 April, in summer time (UTC+2).
    expect(courtDaysAhead(new Date("2026-03-20T23:30:00Z"), 14)).toEqual({ gte: new Date("2026-03-20T23:00:00Z"), lt: new Date("2026-04-04T22:00:00Z") });
    // Not now + 14 × 24 hours: the end of the day, whatever the hour.
    expect(courtDaysAhead(new Date("2026-06-15T06:00:00Z"), 14).lt).toEqual(new Date("2026-06-29T22:00:00Z"));
  });
});
