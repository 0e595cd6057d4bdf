import { describe, expect, it } from "vitest";
import { changeRows } from "@/lib/audit/change-rows";
import { redactPersonal, WITHHELD } from "@/lib/audit/redact";
import { courtDayRange } from "@/lib/time/court-day-range";

describe("withholding names in audit entries", () => {
  it("withholds any value under a name field, at any depth, keeping blanks and the report's own markers", () => {
    expect(redactPersonal({
      "personal.defendantNames": "A. B.", "personal.victimNames": "(recorded)", "personal.witnessNames": "(changed)", "personal.juvenileDetails": null,
      "facts.status": "HELD", comments: [{ body: "ok", victimNames: "C." }], nested: { deeper: { witnessNames: "" } },
    })).toEqual({
      "personal.defendantNames": WITHHELD, "personal.victimNames": "(recorded)", "personal.witnessNames": "(changed)", "personal.juvenileDetails": null,
      "facts.status": "HELD", comments: [{ body: "ok", victimNames: WITHHELD }], nested: { deeper: { witnessNames: "" } },
    });
    expect(redactPersonal(null)).toBeNull();
    expect(redactPersonal("text")).toBe("text");
  });
});

describe("an entry's before and after as rows", () => {
  it("one row per field that differs; a creation shows every field", () => {
    expect(changeRows({ severity: "MINOR", title: "T", hearingIds: [1] }, { severity: "GRAVE", title: "T", hearingIds: [1, 2] })).toEqual([
      { field: "severity", before: "MINOR", after: "GRAVE" },
      { field: "hearingIds", before: "[1]", after: "[1,2]" },
    ]);
    expect(changeRows(null, { type: "LETTER", sentAt: null })).toEqual([{ field: "type", before: null, after: "LETTER" }]);
    expect(changeRows({ a: 1 }, { a: 1 })).toEqual([]);
  });
});

describe("a period of court days", () => {
  it("covers whole days in court time, both ends included", () => {
    expect(courtDayRange("2026-01-01", "2026-01-31")).toEqual({ gte: new Date("2025-12-31T23:00:00Z"), lt: new Date("2026-01-31T23:00:00Z") });
    expect(courtDayRange(undefined, "2026-07-01")).toEqual({ lt: new Date("2026-07-01T22:00:00Z") });
    expect(courtDayRange(undefined, undefined)).toBeNull();
  });
});
