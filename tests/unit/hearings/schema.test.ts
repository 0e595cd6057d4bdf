import { describe, expect, it } from "vitest";
import { buildAnswersSchema } from "@/lib/checklists/answer-schema";
import { buildHearingReportSchema, hearingFactsSchema } from "@/lib/hearings/schema";
import { facts, personal, question, QUESTIONS } from "./report-fixtures";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("the report schema built from a checklist version", () => {
  it("accepts a half-done draft", () => {
    expect(buildHearingReportSchema(QUESTIONS).safeParse({ facts: facts(), personal: personal(), answers: { LISTED: null } }).success).toBe(true);
  });

  it("refuses answers a question does not allow, and questions the version does not have", () => {
    const schema = buildHearingReportSchema(QUESTIONS);
    expect(messages(schema.safeParse({ facts: facts(), personal: personal(), answers: { LISTED: "MAYBE" } }))).toEqual({ "answers.LISTED": "validation.invalid" });
    expect(messages(schema.safeParse({ facts: facts(), personal: personal(), answers: { OTHER: "YES" } }))).toEqual({ answers: "validation.unknownField" });
  });

  it("checks each answer type: choices from the options, several distinct choices, whole numbers, bounded text", () => {
    const schema = buildAnswersSchema([
      question("ONE", { answerType: "SINGLE_CHOICE", options: [{ value: "FULL", label: { en: "Full", sq: "E plotë", sr: "Potpuno" } }, { value: "NONE", label: { en: "None", sq: "Asnjë", sr: "Nijedno" } }] }),
      question("MANY", { answerType: "MULTI_CHOICE", options: [{ value: "A", label: { en: "A", sq: "A", sr: "A" } }, { value: "B", label: { en: "B", sq: "B", sr: "B" } }] }),
      question("COUNT", { answerType: "NUMBER" }),
      question("NOTE", { answerType: "TEXT" }),
    ]);
    expect(schema.safeParse({ ONE: "FULL", MANY: ["A", "B"], COUNT: 3, NOTE: "ok" }).success).toBe(true);
    expect(Object.keys(messages(schema.safeParse({ ONE: "YES", MANY: ["A", "A"], COUNT: 2.5, NOTE: "x".repeat(5000) })))).toEqual(["ONE", "MANY", "COUNT", "NOTE"]);
  });

  it("refuses an end before the start, a day that does not exist and an unknown fact", () => {
    expect(messages(hearingFactsSchema.safeParse(facts({ actualStartTime: "10:00", endTime: "09:00" })))).toEqual({ endTime: "validation.endBeforeStart" });
    expect(messages(hearingFactsSchema.safeParse(facts({ nextHearingDate: "2026-02-30" })))).toHaveProperty("nextHearingDate");
    expect(messages(hearingFactsSchema.safeParse({ ...facts(), salary: 1 }))).toEqual({ "": "validation.unknownField" });
  });
});
