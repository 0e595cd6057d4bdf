import { describe, expect, it } from "vitest";
import { summaryTier } from "@/lib/reports/summary-tier";

describe("summaryTier", () => {
  it("reads the smallest table that holds every dimension filtered or grouped on", () => {
    expect(summaryTier({ courtFilter: false, caseTypeFilter: false, groupBy: "standard" })).toBe("caseType");
    expect(summaryTier({ courtFilter: false, caseTypeFilter: false, groupBy: "month" })).toBe("caseType");
    expect(summaryTier({ courtFilter: true, caseTypeFilter: false, groupBy: "standard" })).toBe("court");
    expect(summaryTier({ courtFilter: false, caseTypeFilter: false, groupBy: "region" })).toBe("court");
    expect(summaryTier({ courtFilter: false, caseTypeFilter: true, groupBy: "court" })).toBe("full");
    expect(summaryTier({ courtFilter: true, caseTypeFilter: false, groupBy: "subject" })).toBe("full");
    expect(summaryTier({ courtFilter: false, caseTypeFilter: false, groupBy: "category" })).toBe("caseType");
  });
});
