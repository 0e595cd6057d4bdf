import { describe, expect, it } from "vitest";
import { questionSchema, type QuestionFormValues } from "@/lib/checklists/editor/schema";
import { versionChanges, type ComparableQuestion } from "@/lib/checklists/editor/version-diff";

const base: QuestionFormValues = {
  code: " vr_informed_2 ", standardId: 12, answerType: "YES_NO", options: [], condition: { fact: "victimInvolved", equals: true },
  nonCompliantAnswers: ["NO"], required: true,
  textEn: "Was the victim informed of their rights?", textSq: "A u informua viktima për të drejtat e saj?", textSr: "Da li je žrtva obaveštena o svojim pravima?",
  helpEn: "", helpSq: "", helpSr: "",
};

const issues = (value: QuestionFormValues) => {
  const result = questionSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("question schema", () => {
  it("normalises the code and empty help texts", () => {
    const parsed = questionSchema.parse(base);
    expect(parsed).toMatchObject({ code: "VR_INFORMED_2", helpEn: null, options: [] });
  });

  it("requires a text in each of the three languages", () => {
    expect(issues({ ...base, textSq: " " })).toEqual(["textSq: validation.required"]);
  });

  it("yes/no questions: the non-compliant answer is yes or no, and one of them stays compliant", () => {
    expect(issues({ ...base, nonCompliantAnswers: [] })).toEqual(["nonCompliantAnswers: validation.tooFew?minimum=1"]);
    expect(issues({ ...base, nonCompliantAnswers: ["NA"] })).toEqual(["nonCompliantAnswers: validation.invalid"]);
    expect(issues({ ...base, nonCompliantAnswers: ["YES", "NO"] })).toEqual(["nonCompliantAnswers: validation.noCompliantAnswer"]);
  });

  it("choice questions: at least two distinct options, labelled in three languages", () => {
    const option = (value: string) => ({ value, label: { en: value, sq: value, sr: value } });
    const choice = { ...base, answerType: "SINGLE_CHOICE" as const, options: [option("ORAL"), option("WRITTEN"), option("NONE"), option("NA")], nonCompliantAnswers: ["NONE"] };
    expect(issues(choice)).toEqual([]);
    expect(issues({ ...choice, options: [option("ORAL")], nonCompliantAnswers: ["ORAL"] })).toContain("options: validation.tooFew?minimum=2");
    expect(issues({ ...choice, options: [option("ORAL"), option("ORAL"), option("NONE")] })).toEqual(["options.1.value: validation.duplicate"]);
    expect(issues({ ...choice, nonCompliantAnswers: ["NA"] })).toEqual(["nonCompliantAnswers: validation.invalid"]);
    expect(issues({ ...choice, options: [option("ORAL"), { value: "X", label: { en: "X", sq: "", sr: "X" } }] })).toContain("options.1.label.sq: validation.required");
  });

  it("number and text questions decide nothing: options and non-compliant answers are dropped", () => {
    expect(questionSchema.parse({ ...base, answerType: "NUMBER", nonCompliantAnswers: ["NO"] })).toMatchObject({ options: [], nonCompliantAnswers: [] });
  });

  it("refuses malformed conditions and comparisons that could never hold", () => {
    expect(issues({ ...base, condition: { fact: "stage", equals: "HELD" } })).toEqual(["condition: validation.conditionImpossible"]);
    expect(issues({ ...base, condition: { fact: "noSuchFact", equals: true } as never }).length).toBeGreaterThan(0);
    expect(issues({ ...base, condition: null })).toEqual([]);
  });
});

describe("version changes", () => {
  const q = (code: string, over: Partial<ComparableQuestion> = {}): ComparableQuestion => ({
    code, standardId: 1, answerType: "YES_NO", options: [], condition: null, nonCompliantAnswers: ["NO"], required: true,
    textEn: code, textSq: code, textSr: code, helpEn: null, helpSq: null, helpSr: null, ...over,
  });

  it("lists added, retired and changed codes", () => {
    expect(versionChanges([q("A"), q("B"), q("C")], [q("A"), q("B", { textEn: "reworded" }), q("D")])).toEqual({ added: ["D"], retired: ["C"], changed: ["B"] });
    expect(versionChanges([q("A")], [q("A")])).toEqual({ added: [], retired: [], changed: [] });
  });
});
