import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CountChange } from "@/components/dashboard/figures";
import type { DashboardText } from "@/components/dashboard/dashboard-text";
import { comparedCount } from "@/lib/dashboard/comparison";
import { valueTrend } from "@/lib/dashboard/trend";

// The translator is the one thing stood in for: a key and its values, so the markup shows what is said.
const text = {
  t: (key: string, values?: Record<string, unknown>) => (values ? `${key}(${Object.values(values).join(", ")})` : key),
  locale: "en",
  shortMonth: (month: string) => month,
} as unknown as DashboardText;

const shown = (trend: ReturnType<typeof comparedCount>) =>
  renderToStaticMarkup(createElement(CountChange, { trend, text, comparedWith: "2025" }));

describe("a count's change on the previous period", () => {
  it("says which period it is compared with, once, when the two compare", () => {
    const html = shown(comparedCount(valueTrend(12, 10), null));
    expect(html).toContain("trend.change");
    expect(html.match(/period\.comparedWith/g)).toEqual(["period.comparedWith"]);
    expect(html).toContain("period.comparedWith(2025)");
  });

  it("gives only the reason, with no 'compared with', when the previous period began before monitoring or is too small", () => {
    const before = shown(comparedCount(valueTrend(12, 3), { reason: "beforeMonitoring", firstMonth: "2025-09-01" }));
    expect(before).toContain("trend.beforeMonitoring");
    expect(before).not.toContain("period.comparedWith");
    const tooFew = shown(comparedCount(valueTrend(12, 3), { reason: "tooFew", hearings: 3 }));
    expect(tooFew).toContain("trend.tooFew");
    expect(tooFew).not.toContain("period.comparedWith");
  });
});
