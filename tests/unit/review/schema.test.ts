import { describe, expect, it } from "vitest";
import { correctReportSchema, returnReportSchema } from "@/lib/review/schema";

const report = { facts: {}, personal: {}, answers: {} };

describe("what a reviewer sends", () => {
  it("a return needs a general comment or a comment on a question, trimmed", () => {
    expect(returnReportSchema.safeParse({ hearingId: 1, baseVersion: 2, general: "  ", questions: [] }).success).toBe(false);
    expect(returnReportSchema.parse({ hearingId: 1, baseVersion: 2, general: " Why? ", questions: [] }).general).toBe("Why?");
    expect(returnReportSchema.safeParse({ hearingId: 1, baseVersion: 2, general: "", questions: [{ code: "PUB_LISTED", body: "Where?" }] }).success).toBe(true);
  });

  it("a comment on a question has a body, and one question gets one comment", () => {
    expect(returnReportSchema.safeParse({ hearingId: 1, baseVersion: 2, general: "", questions: [{ code: "PUB_LISTED", body: " " }] }).success).toBe(false);
    const twice = returnReportSchema.safeParse({ hearingId: 1, baseVersion: 2, general: "", questions: [{ code: "A", body: "x" }, { code: "A", body: "y" }] });
    expect(twice.success || twice.error.issues[0]?.message).toBe("validation.duplicate");
  });

  it("a correction needs a reason of at least ten characters", () => {
    expect(correctReportSchema.safeParse({ hearingId: 1, baseVersion: 2, reason: "short", report }).success).toBe(false);
    expect(correctReportSchema.safeParse({ hearingId: 1, baseVersion: 2, reason: "The listing was wrong.", report }).success).toBe(true);
    expect(correctReportSchema.safeParse({ hearingId: 1, baseVersion: 2, reason: "The listing was wrong.", report, extra: 1 }).success).toBe(false);
  });
});
