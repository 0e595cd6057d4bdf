import { describe, expect, it } from "vitest";
import { summaryTier } from "@/lib/reports/summary-tier";

const none = { courtFilter: false, categoryFilter: false, subjectFilter: false };

describe("summaryTier", () => {
  it("reads the smallest table that holds every dimension filtered or grouped on", () => {
    expect(summaryTier({ ...none, groupBy: "standard" })).toBe("caseType");
    expect(summaryTier({ ...none, groupBy: "month" })).toBe("caseType");
    expect(summaryTier({ ...none, courtFilter: true, groupBy: "standard" })).toBe("court");
    expect(summaryTier({ ...none, groupBy: "region" })).toBe("court");
    expect(summaryTier({ ...none, categoryFilter: true, groupBy: "court" })).toBe("courtCategory");
    expect(summaryTier({ ...none, courtFilter: true, groupBy: "category" })).toBe("courtCategory");
    expect(summaryTier({ ...none, subjectFilter: true, groupBy: "court" })).toBe("full");
    expect(summaryTier({ ...none, courtFilter: true, groupBy: "subject" })).toBe("full");
    expect(summaryTier({ ...none, categoryFilter: true, subjectFilter: true, groupBy: "month" })).toBe("caseType");
    expect(summaryTier({ ...none, groupBy: "category" })).toBe("caseType");
  });
});
