import { describe, expect, it } from "vitest";
import { formatDecimal, formatInterval, formatPercent, percentNumber } from "@/lib/reports/format";

describe("report number formats", () => {
  it("prints rates with one decimal in the reader's language", () => {
    expect(formatPercent(7 / 11, "en-GB")).toBe("63.6%");
    expect(formatPercent(0, "en-GB")).toBe("0.0%");
    expect(formatPercent(null, "en-GB")).toBe("—");
    expect(formatPercent(0.5, "sr-Latn-RS")).toMatch(/^50,0\s?%$/);
  });

  it("prints intervals and decimals, and an em dash for nothing", () => {
    expect(formatInterval(0.35380, 0.84834, "en-GB")).toBe("35.4–84.8%");
    expect(formatInterval(null, null, "en-GB")).toBe("—");
    expect(formatDecimal(20.1, "en-GB")).toBe("20.1");
    expect(formatDecimal(15.5, "en-GB", 0)).toBe("16");
    expect(formatDecimal(2.2, "en-GB", 2)).toBe("2.2");
  });

  it("writes shares for exports as percent numbers", () => {
    expect(percentNumber(7 / 11)).toBe(63.6);
    expect(percentNumber(1)).toBe(100);
    expect(percentNumber(null)).toBeNull();
  });
});
