import { describe, expect, it } from "vitest";
import { waitingTime } from "@/lib/review/waiting-time";

const now = new Date("2026-03-10T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("how long a report has waited", () => {
  it("uses the largest whole unit", () => {
    expect(waitingTime(ago(59 * 1000), now)).toEqual({ unit: "minutes", count: 0, long: false });
    expect(waitingTime(ago(45 * MINUTE), now)).toEqual({ unit: "minutes", count: 45, long: false });
    expect(waitingTime(ago(HOUR), now)).toEqual({ unit: "hours", count: 1, long: false });
    expect(waitingTime(ago(23 * HOUR + 59 * MINUTE), now)).toEqual({ unit: "hours", count: 23, long: false });
    expect(waitingTime(ago(DAY), now)).toEqual({ unit: "days", count: 1, long: false });
    expect(waitingTime(ago(3 * DAY + 5 * HOUR), now)).toEqual({ unit: "days", count: 3, long: false });
  });

  it("flags a wait of more than seven days", () => {
    expect(waitingTime(ago(7 * DAY), now).long).toBe(false);
    expect(waitingTime(ago(7 * DAY + MINUTE), now)).toEqual({ unit: "days", count: 7, long: true });
  });

  it("a submission stamped after the clock (clock skew) has waited no time", () => {
    expect(waitingTime(new Date(now.getTime() + HOUR), now)).toEqual({ unit: "minutes", count: 0, long: false });
  });
});
