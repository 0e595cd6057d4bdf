import { describe, expect, it } from "vitest";
import { caseTimeline, courtDaysBetween } from "@/lib/cases/case-timeline";
import { normalizeCaseNumber } from "@/lib/cases/case-number";

describe("a case's timeline", () => {
  it("counts court days, not 24-hour periods", () => {
    // 23:30 and 00:30 the next day, court time, are one day apart.
    expect(courtDaysBetween(new Date("2026-03-10T22:30:00Z"), new Date("2026-03-10T23:30:00Z"))).toBe(1);
    expect(courtDaysBetween(new Date("2026-03-10T08:00:00Z"), new Date("2026-03-10T15:00:00Z"))).toBe(0);
  });

  it("orders the hearings, counts days from the case's first hearing and the adjournments", () => {
    const timeline = caseTimeline(
      [
        { id: 2, scheduledAt: new Date("2026-04-01T08:00:00Z"), status: "HELD" as const },
        { id: 1, scheduledAt: new Date("2026-03-01T08:00:00Z"), status: "ADJOURNED" as const },
      ],
      new Date("2026-02-20T08:00:00Z"),
    );
    expect(timeline.hearings.map((h) => [h.id, h.daysFromFirst])).toEqual([[1, 9], [2, 40]]);
    expect(timeline.adjournments).toBe(1);
  });

  it("normalises case numbers as courts write them", () => {
    expect(normalizeCaseNumber("  P.   123/2025 ")).toBe("P. 123/2025");
  });
});
