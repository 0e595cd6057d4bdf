import { describe, expect, it } from "vitest";
import { deriveTiming, toCourtTimeInput } from "@/lib/hearings/timing";

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
