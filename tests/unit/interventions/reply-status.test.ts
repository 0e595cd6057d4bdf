import { describe, expect, it } from "vitest";
import { addDays, isCalendarDay } from "@/lib/time/calendar-days";
import { replyStatus } from "@/lib/interventions/reply-status";
import { interventionFormSchema } from "@/lib/interventions/schema";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("where an intervention stands", () => {
  it("not sent, awaiting, overdue (due before today, no reply) or replied", () => {
    expect(replyStatus({ sentAt: null, replyDueAt: null, repliedAt: null }, "2026-03-01")).toBe("notSent");
    expect(replyStatus({ sentAt: day("2026-01-01"), replyDueAt: null, repliedAt: null }, "2026-03-01")).toBe("awaiting");
    expect(replyStatus({ sentAt: day("2026-01-01"), replyDueAt: day("2026-03-01"), repliedAt: null }, "2026-03-01")).toBe("awaiting");
    expect(replyStatus({ sentAt: day("2026-01-01"), replyDueAt: day("2026-02-28"), repliedAt: null }, "2026-03-01")).toBe("overdue");
    expect(replyStatus({ sentAt: day("2026-01-01"), replyDueAt: day("2026-01-15"), repliedAt: day("2026-02-20") }, "2026-03-01")).toBe("replied");
  });
});

describe("calendar dates", () => {
  it("knows real days and adds days across months and leap years", () => {
    expect(isCalendarDay("2028-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-1-5")).toBe(false);
    expect(addDays("2026-01-10", 30)).toBe("2026-02-09");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
  });
});

describe("the intervention form's dates", () => {
  const base = { institution: "MINISTRY", addressee: "Ministry", courtId: "", type: "LETTER", title: "T", description: "", sentAt: "", replyDueAt: "", repliedAt: "", reply: "", outcome: "PENDING", findingIds: [] };
  const errors = (change: Record<string, unknown>) => {
    const result = interventionFormSchema.safeParse({ ...base, ...change });
    return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
  };
  it("must follow each other", () => {
    expect(errors({ sentAt: "2026-01-10", replyDueAt: "2026-01-10", repliedAt: "2026-01-10", reply: "ok" })).toEqual({});
    expect(errors({ sentAt: "2026-01-10", replyDueAt: "2026-01-09" })).toEqual({ replyDueAt: "validation.beforeSent" });
    expect(errors({ repliedAt: "2026-01-10" })).toEqual({ sentAt: "validation.required" });
    expect(errors({ sentAt: "2026-01-10", reply: "We did." })).toEqual({ repliedAt: "validation.required" });
    expect(errors({ sentAt: "2026-01-10", repliedAt: "2999-12-31" })).toEqual({ repliedAt: "validation.inFuture" });
  });
  it("reads an empty court as none and finding ids from strings", () => {
    const parsed = interventionFormSchema.parse({ ...base, findingIds: ["3", "5"] });
    expect(parsed.courtId).toBeNull();
    expect(parsed.findingIds).toEqual([3, 5]);
  });
});
