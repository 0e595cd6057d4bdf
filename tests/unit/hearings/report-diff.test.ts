import { describe, expect, it } from "vitest";
import { auditedChanges, diffReports } from "@/lib/hearings/report-diff";
import { facts, personal } from "./report-fixtures";

describe("diffReports", () => {
  it("lists changed facts, names and answers; blanks and reordered lists are no change", () => {
    const before = { facts: facts({ adjournmentReasons: ["WITNESS_ABSENT", "OTHER"] }), personal: personal(), answers: { A: "YES", B: null } };
    const after = { facts: facts({ adjournmentReasons: ["OTHER", "WITNESS_ABSENT"], status: "HELD" }), personal: { ...personal(), defendantNames: "A. B." }, answers: { A: "NO" } };
    expect(diffReports(before, after)).toEqual([
      { section: "facts", key: "status", before: null, after: "HELD" },
      { section: "personal", key: "defendantNames", before: "", after: "A. B." },
      { section: "answers", key: "A", before: "YES", after: "NO" },
    ]);
  });
});

describe("auditedChanges", () => {
  it("keeps facts and answers, but never people's names", () => {
    const audited = auditedChanges([
      { section: "facts", key: "status", before: null, after: "HELD" },
      { section: "personal", key: "victimNames", before: "C. D.", after: "" },
      { section: "personal", key: "defendantNames", before: "", after: "A. B." },
    ]);
    expect(audited).toEqual({
      before: { "facts.status": null, "personal.victimNames": "(recorded)", "personal.defendantNames": null },
      after: { "facts.status": "HELD", "personal.victimNames": null, "personal.defendantNames": "(changed)" },
    });
    expect(JSON.stringify(audited)).not.toMatch(/A\. B\.|C\. D\./);
  });

  it("keeps the narrative and free-text answers out too, which may name people", () => {
    const audited = auditedChanges([
      { section: "facts", key: "narrative", before: "", after: "A. B. was hit" },
      { section: "answers", key: "NOTE", before: null, after: "C. D. cried" },
      { section: "answers", key: "PUB_LISTED", before: null, after: "NO" },
    ], new Set(["NOTE"]));
    expect(audited.after).toEqual({ "facts.narrative": "(changed)", "answers.NOTE": "(changed)", "answers.PUB_LISTED": "NO" });
    expect(JSON.stringify(audited)).not.toMatch(/A\. B\.|C\. D\./);
  });
});
