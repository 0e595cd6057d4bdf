import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import type { HearingReportValues } from "@/lib/hearings/schema";
import { WITHHELD } from "@/lib/audit/redact";
import { discloseTo, OutgoingReportValues, reportValuesFor } from "@/lib/security/personal-data";

const user = (id: number, role: SessionUser["role"]): SessionUser => ({ id, role, email: `${id}@x`, name: "U", regionId: 1, locale: "en", mustChangePassword: false });
const author = user(1, "MONITOR");
const colleague = user(2, "MONITOR");
const analyst = user(3, "ANALYST");
const manager = user(4, "MANAGER");
const admin = user(5, "ADMIN");

const questions = [{ code: "Q_YES", answerType: "YES_NO" }, { code: "Q_NOTE", answerType: "TEXT" }];
const values = {
  facts: { status: "HELD", narrative: "Named Person said so." },
  personal: { defendantNames: "D. D.", victimNames: "V. V.", witnessNames: "", juvenileDetails: "" },
  answers: { Q_YES: "YES", Q_NOTE: "Named Person again" },
} as unknown as HearingReportValues;
const withheld = {
  facts: { status: "HELD", narrative: "" },
  personal: { defendantNames: "", victimNames: "", witnessNames: "", juvenileDetails: "" },
  answers: { Q_YES: "YES" },
};

describe("a report's values by reader", () => {
  it("the author and analysts see everything; other monitors, managers, admins and nobody see no names, narrative or free text", () => {
    for (const reader of [author, analyst]) expect(reportValuesFor(reader, { monitorId: 1 }, questions, values)).toBe(values);
    for (const reader of [colleague, manager, admin, null]) expect(reportValuesFor(reader, { monitorId: 1 }, questions, values)).toEqual(withheld);
  });
});

describe("what leaves the server", () => {
  const conflict = { version: 3, values: new OutgoingReportValues(values, { monitorId: 1 }, questions) };

  it("report values on their way out are filtered as the page filters them", () => {
    expect(discloseTo(admin, conflict)).toEqual({ version: 3, values: withheld });
    expect(discloseTo(author, conflict)).toEqual({ version: 3, values });
    expect(discloseTo(null, [conflict])).toEqual([{ version: 3, values: withheld }]);
  });

  it("names and narratives that reach a result another way are withheld from all but analysts, at any depth", () => {
    const stray = { rows: [{ id: 1, victimNames: "V. V.", narrative: "N", note: "kept" }], "personal.witnessNames": "(changed)", when: new Date(0) };
    expect(discloseTo(manager, stray)).toEqual({ rows: [{ id: 1, victimNames: WITHHELD, narrative: WITHHELD, note: "kept" }], "personal.witnessNames": "(changed)", when: new Date(0) });
    // Even the author: outside OutgoingReportValues the filter cannot tell whose report a value is from.
    expect(discloseTo(author, stray)).toMatchObject({ rows: [{ victimNames: WITHHELD }] });
    expect(discloseTo(analyst, stray)).toEqual(stray);
  });

  it("leaves values without personal fields as they are", () => {
    expect(discloseTo(admin, { hearingId: 1, cleared: { personal: ["victimNames"] } })).toEqual({ hearingId: 1, cleared: { personal: ["victimNames"] } });
    expect(discloseTo(admin, undefined)).toBeUndefined();
    expect(discloseTo(admin, "text")).toBe("text");
  });
});
