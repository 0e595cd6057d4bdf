import { describe, expect, it } from "vitest";
import { csvField, csvLine } from "@/lib/reports/export/csv";

describe("CSV", () => {
  it("quotes fields with commas, quotes and line breaks, and doubles quotes", () => {
    expect(csvLine(["Pejë / Peć", "a,b", 'say "no"', "two\nlines", 12, null, true])).toBe('Pejë / Peć,"a,b","say ""no""","two\nlines",12,,true\r\n');
  });

  it("defuses text a spreadsheet would run as a formula, but not numbers", () => {
    expect(csvField("=HYPERLINK(\"x\")")).toBe("\"'=HYPERLINK(\"\"x\"\")\"");
    expect(csvField("+381")).toBe("'+381");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-12.5)).toBe("-12.5");
    expect(csvField(Number.NaN)).toBe("");
  });
});
