import { describe, expect, it } from "vitest";
import { CONDITION_FACTS } from "@/lib/checklists/condition";
import { FACT_DOMAINS } from "@/lib/checklists/editor/fact-domains";
import * as enums from "@/lib/generated/prisma/enums";
import en from "@/lib/i18n/messages/en";

/** The words for each database enum shown on screen: the enums namespace key that holds them. */
const LABELLED: Record<string, keyof typeof en.enums> = {
  Role: "role", Locale: "locale", CourtKind: "courtKind", Department: "department", CaseCategory: "caseCategory",
  CaseSubject: "caseSubject", CaseStatus: "caseStatus", HearingStage: "hearingStage", HearingStatus: "hearingStatus",
  AdjournmentReason: "adjournmentReason", ProceedingsLanguage: "proceedingsLanguage", DetentionStatus: "detentionStatus",
  DefenceCounsel: "defenceCounsel", Gender: "gender", Verdict: "verdict", SentenceType: "sentenceType", ReviewState: "reviewState",
  Compliance: "compliance", AnswerType: "answerType", ChecklistVersionStatus: "checklistVersionStatus", Severity: "severity",
  FindingStatus: "findingStatus", Institution: "institution", InterventionType: "interventionType", InterventionOutcome: "interventionOutcome",
};

describe("enum labels", () => {
  it("every value of every enum shown on screen has words (the other languages are held to English by messages-complete)", () => {
    for (const [name, key] of Object.entries(LABELLED)) {
      const values = Object.values((enums as unknown as Record<string, Record<string, string>>)[name]!);
      expect(Object.keys(en.enums[key]).sort(), name).toEqual([...values].sort());
    }
  });

  it("every enum of the schema is either labelled or known to stay off screen", () => {
    const offScreen = new Set(["TransactionIsolationLevel"]);
    const all = Object.keys(enums).filter((name) => !offScreen.has(name));
    expect(all.filter((name) => !(name in LABELLED))).toEqual([]);
  });

  it("every hearing fact a checklist condition can use has a label, and its values have words", () => {
    expect(Object.keys(en.adminChecklists.facts).sort()).toEqual([...CONDITION_FACTS].sort());
    for (const fact of CONDITION_FACTS) {
      const domain = FACT_DOMAINS[fact];
      if (domain.type === "choice") expect(Object.keys(en.enums[domain.labels]), fact).toEqual(expect.arrayContaining([...domain.values]));
    }
  });
});
