import { describe, expect, it } from "vitest";
import { complianceQuerySchema, filterFromApi, hearingExportQuerySchema, parseDrilldownPage, parseReportFilter, parseTableView } from "@/lib/reports/schema";

const firstIssue = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? null : { path: result.error!.issues[0]!.path.map(String).join("."), message: result.error!.issues[0]!.message };

describe("API query schemas", () => {
  it("read a filter with comma-separated lists and defaults", () => {
    const parsed = complianceQuerySchema.parse({ from: "2025-01-01", to: "2025-12-31", court: "BC-PEJE,BC-PRIZREN", category: "CRIMINAL" });
    expect(parsed).toMatchObject({ groupBy: "standard", format: "json", court: ["BC-PEJE", "BC-PRIZREN"], category: ["CRIMINAL"], region: [] });
    expect(filterFromApi(parsed, 10)).toEqual({
      from: "2025-01-01", to: "2025-12-31", regions: [], courts: ["BC-PEJE", "BC-PRIZREN"], categories: ["CRIMINAL"], subjects: [], standards: [], minimumN: 10,
    });
    expect(filterFromApi(complianceQuerySchema.parse({ from: "2025-01-01", to: "2025-01-31", minN: "5" }), 10).minimumN).toBe(5);
  });

  it.each([
    [{ to: "2025-12-31" }, "from", "validation.required"],
    [{ from: "2025-02-30", to: "2025-12-31" }, "from", "validation.invalidDate"],
    [{ from: "2025-12-31", to: "2025-01-01" }, "to", "validation.periodOrder"],
    [{ from: "2025-01-01", to: "2025-12-31", groupBy: "shoeSize" }, "groupBy", "validation.invalid"],
    [{ from: "2025-01-01", to: "2025-12-31", format: "pdf" }, "format", "validation.invalid"],
    [{ from: "2025-01-01", to: "2025-12-31", minN: "-1" }, "minN", "validation.tooSmall?minimum=0"],
    [{ from: "2025-01-01", to: "2025-12-31", category: "CRIMINAL,THEFT" }, "category.1", "validation.invalid"],
    [{ from: "2025-01-01", to: "2025-12-31", fromDate: "2025-01-01" }, "fromDate", "validation.unknownField"],
  ])("refuses %j naming the parameter", (query, path, message) => {
    expect(firstIssue(complianceQuerySchema.safeParse(query))).toEqual({ path, message });
  });

  it("reads the data set export's format and drill-down cell", () => {
    expect(hearingExportQuerySchema.parse({ from: "2025-01-01", to: "2025-12-31", format: "xlsx", groupBy: "court", group: "BC-PEJE", measure: "standard.S01.numerator" }))
      .toMatchObject({ format: "xlsx", groupBy: "court", group: "BC-PEJE", measure: "standard.S01.numerator" });
    expect(firstIssue(hearingExportQuerySchema.safeParse({ from: "2025-01-01", to: "2025-12-31", format: "json" }))).toEqual({ path: "format", message: "validation.invalid" });
  });
});

describe("page query strings", () => {
  const now = new Date("2026-03-10T12:00:00Z");

  it("fall back field by field, and swap an inverted period", () => {
    const filter = parseReportFilter({ from: "2025-13-01", to: "2025-06-30", court: ["BC-PEJE", "bad code"], subject: "CORRUPTION", minN: "" }, 10, now);
    expect(filter).toEqual({ from: "2025-06-30", to: "2026-01-01", regions: [], courts: [], categories: [], subjects: ["CORRUPTION"], standards: [], minimumN: 10 });
    expect(parseReportFilter({}, 12, now)).toMatchObject({ from: "2026-01-01", to: "2026-03-10", minimumN: 12 });
    expect(parseReportFilter({ court: ["BC-PEJE", "BC-PRIZREN"], region: "PEJE,PRIZREN" }, 10, now)).toMatchObject({ courts: ["BC-PEJE", "BC-PRIZREN"], regions: ["PEJE", "PRIZREN"] });
  });

  it("keep the breakdown's focus among the chosen standards", () => {
    const filter = parseReportFilter({ standard: "S05,S09" }, 10, now);
    expect(parseTableView({}, filter)).toEqual({ by: "region", focus: "S05", attribute: "judgeGender" });
    expect(parseTableView({ by: "month", focus: "S09", attribute: "counsel" }, filter)).toEqual({ by: "month", focus: "S09", attribute: "counsel" });
    expect(parseTableView({ by: "judge", focus: "S01", attribute: "shoeSize" }, filter)).toEqual({ by: "region", focus: "S05", attribute: "judgeGender" });
  });

  it("read drill-down cursors and sizes, ignoring malformed ones", () => {
    expect(parseDrilldownPage({ measure: "hearings", after: "2025-03-05_42", size: "50" })).toMatchObject({ measure: "hearings", after: { courtDay: "2025-03-05", hearingId: 42 }, before: undefined, size: 50 });
    expect(parseDrilldownPage({ before: "2025-02-30_1", size: "7" })).toMatchObject({ after: undefined, before: undefined, size: 25 });
  });
});

describe("the compliance API's breakdowns by hearing attribute", () => {
  it("accepts every dimension of lib/reports/dimensions.ts as groupBy", async () => {
    const { DIMENSIONS } = await import("@/lib/reports/dimensions");
    for (const groupBy of DIMENSIONS) expect(complianceQuerySchema.safeParse({ from: "2025-01-01", to: "2025-12-31", groupBy }).success).toBe(true);
  });
});
