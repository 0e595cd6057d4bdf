import { describe, expect, it } from "vitest";
import { deriveTiming, observedTimingErrors, toCourtTimeInput } from "@/lib/hearings/timing";

describe("deriveTiming", () => {
  it("derives delay and duration from clock times on the scheduled court day", () => {
    const timing = deriveTiming("2026-03-10T09:00", "09:25", "10:40")!;
    expect(timing).toMatchObject({ delayMinutes: 25, durationMinutes: 75 });
    expect(timing.actualStartAt?.toISOString()).toBe("2026-03-10T08:25:00.000Z");
  });

  it("an early start is no delay; missing times give no figures", () => {
    expect(deriveTiming("2026-03-10T09:00", "08:50", "")).toMatchObject({ delayMinutes: 0, durationMinutes: null, endedAt: null });
    expect(deriveTiming("2026-03-10T09:00", "", "")).toMatchObject({ delayMinutes: null, durationMinutes: null, actualStartAt: null });
  });

  it("works in summer time too, and refuses a malformed scheduled time", () => {
    expect(deriveTiming("2026-07-01T13:30", "13:45", "14:00")?.actualStartAt?.toISOString()).toBe("2026-07-01T11:45:00.000Z");
    expect(deriveTiming("2026-02-30T09:00", "09:00", "")).toBeNull();
  });

  it("shows a stored instant as court clock time", () => {
    expect(toCourtTimeInput(new Date("2026-03-10T08:25:00Z"))).toBe("09:25");
    expect(toCourtTimeInput(null)).toBe("");
  });
});

describe("observedTimingErrors", () => {
  // 23:30 UTC on 30 June is already 1 July in court time.
  const now = new Date("2026-06-30T23:30:00Z");

  it("accepts a hearing of today or earlier, with the next one after it", () => {
    expect(observedTimingErrors({ scheduledAt: "2026-07-01T09:00", nextHearingDate: "2026-07-15" }, now)).toEqual({});
    expect(observedTimingErrors({ scheduledAt: "2026-05-01T09:00", nextHearingDate: "" }, now)).toEqual({});
  });

  it("refuses a hearing on a later court day, and a next hearing not after it", () => {
    expect(observedTimingErrors({ scheduledAt: "2026-07-02T09:00" }, now)).toEqual({ "facts.scheduledAt": ["validation.hearingNotYetHeld"] });
    expect(observedTimingErrors({ scheduledAt: "2026-05-01T09:00", nextHearingDate: "2026-05-01" }, now)).toEqual({ "facts.nextHearingDate": ["validation.nextHearingNotAfter"] });
  });
});
