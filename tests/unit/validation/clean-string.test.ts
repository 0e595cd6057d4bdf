import { describe, expect, it } from "vitest";
import { isCalendarDay } from "@/lib/time/calendar-days";
import { calendarDay, optionalDayFilter } from "@/lib/validation/calendar-day";
import { cleanString, normaliseText } from "@/lib/validation/clean-string";

describe("normaliseText", () => {
  it("removes NUL characters, which a PostgreSQL text column refuses", () => {
    expect(normaliseText("a\u0000b\u0000")).toBe("ab");
  });

  it("replaces lone surrogates, which jsonb refuses, and keeps surrogate pairs", () => {
    expect(normaliseText("x\uD800y")).toBe("x\uFFFDy");
    expect(normaliseText("x\uDC00")).toBe("x\uFFFD");
    expect(normaliseText("\uDC00\uD800")).toBe("\uFFFD\uFFFD");
    expect(normaliseText("ok \uD83D\uDE00")).toBe("ok \uD83D\uDE00");
    expect(normaliseText("Prishtinë/Priština")).toBe("Prishtinë/Priština");
  });
});

describe("cleanString", () => {
  it("normalises before the checks that follow it read the value", () => {
    const field = cleanString().trim().min(1).max(3);
    expect(field.parse(" a\u0000bc ")).toBe("abc");
    expect(field.safeParse("\u0000").success).toBe(false);
    expect(cleanString().regex(/^[A-Z]+$/).parse("AB\u0000C")).toBe("ABC");
  });
});

describe("calendar days", () => {
  it.each(["2025-02-28", "2024-02-29", "1900-01-01", "2999-12-31"])("accepts %s", (day) => {
    expect(isCalendarDay(day)).toBe(true);
  });

  it.each(["2025-13-45", "0000-00-00", "2025-02-29", "2025-1-01", "1899-12-31", "3000-01-01", "2025-01-01T00:00", ""])("refuses %j", (day) => {
    expect(isCalendarDay(day)).toBe(false);
    expect(calendarDay.safeParse(day).success).toBe(false);
  });

  it("a list's day filter drops a bad value instead of failing", () => {
    expect(optionalDayFilter.parse("2025-13-45")).toBeUndefined();
    expect(optionalDayFilter.parse(["2025-01-01", "2025-01-02"])).toBeUndefined();
    expect(optionalDayFilter.parse("2025-01-31")).toBe("2025-01-31");
  });
});
