import { describe, expect, it } from "vitest";
import { conditionFactsOf, isFactVisible, isPersonalVisible, missingFacts, normalizeFacts, normalizePersonal } from "@/lib/hearings/fact-rules";
import { facts, personal } from "./report-fixtures";

const criminal = { category: "CRIMINAL", subject: "GENERAL_CRIME" } as const;
const civil = { category: "CIVIL", subject: "PROPERTY" } as const;
const domesticViolence = { category: "CRIMINAL", subject: "DOMESTIC_VIOLENCE" } as const;

describe("which facts are asked", () => {
  it("times only once the hearing opened; adjournment reasons only when adjourned", () => {
    expect(isFactVisible("actualStartTime", facts(), criminal)).toBe(false);
    expect(isFactVisible("actualStartTime", facts({ status: "ADJOURNED" }), criminal)).toBe(true);
    expect(isFactVisible("actualStartTime", facts({ status: "CANCELLED" }), criminal)).toBe(false);
    expect(isFactVisible("adjournmentReasons", facts({ status: "HELD" }), criminal)).toBe(false);
    expect(isFactVisible("adjournmentReasons", facts({ status: "ADJOURNED" }), criminal)).toBe(true);
  });

  it("follow-up facts only after their trigger, and the outcome only where pronounced", () => {
    expect(isFactVisible("interpretationProvided", facts({ interpretationNeeded: false }), criminal)).toBe(false);
    expect(isFactVisible("interpretationProvided", facts({ interpretationNeeded: true }), criminal)).toBe(true);
    expect(isFactVisible("closureGround", facts({ closedToPublic: true }), criminal)).toBe(true);
    expect(isFactVisible("publicAdmitted", facts({ closedToPublic: true }), criminal)).toBe(false);
    expect(isFactVisible("verdict", facts({ status: "HELD", verdictPronounced: false }), criminal)).toBe(false);
    expect(isFactVisible("sentenceMonths", facts({ status: "HELD", verdictPronounced: true, sentenceType: "FINE" }), criminal)).toBe(false);
    expect(isFactVisible("fineEur", facts({ status: "HELD", verdictPronounced: true, sentenceType: "FINE" }), criminal)).toBe(true);
  });

  it("a protection order in any domestic-violence hearing, elsewhere only with a judgment", () => {
    expect(isFactVisible("protectionOrder", facts(), domesticViolence)).toBe(true);
    expect(isFactVisible("protectionOrder", facts(), criminal)).toBe(false);
    expect(isFactVisible("protectionOrder", facts({ status: "HELD", verdictPronounced: true }), criminal)).toBe(true);
  });

  it("names of victims only with a victim, juvenile details only with a juvenile", () => {
    expect(isPersonalVisible("victimNames", facts({ victimInvolved: false }), criminal)).toBe(false);
    expect(isPersonalVisible("juvenileDetails", facts({ juvenileInvolved: true }), criminal)).toBe(true);
    expect(isPersonalVisible("defendantNames", facts(), criminal)).toBe(true);
  });
});

describe("normalizeFacts", () => {
  it("empties what stopped applying and says which facts it emptied", () => {
    const { facts: result, cleared } = normalizeFacts(
      facts({ status: "HELD", adjournmentReasons: ["WITNESS_ABSENT"], interpretationNeeded: false, interpretationProvided: true, closedToPublic: false, closureGround: "x" }),
      criminal,
    );
    expect(cleared.sort()).toEqual(["adjournmentReasons", "closureGround", "interpretationProvided"]);
    expect(result).toMatchObject({ adjournmentReasons: [], interpretationProvided: null, closureGround: "", status: "HELD" });
  });

  it("a cancelled hearing loses its times and outcome", () => {
    const { facts: result, cleared } = normalizeFacts(facts({ status: "CANCELLED", actualStartTime: "09:00", endTime: "09:30", verdictPronounced: true, verdict: "CONVICTION" }), criminal);
    expect(cleared.sort()).toEqual(["actualStartTime", "endTime", "verdict", "verdictPronounced"]);
    expect(result).toMatchObject({ actualStartTime: "", endTime: "", verdictPronounced: null, verdict: null });
  });

  it("names of a victim go when there is no victim", () => {
    expect(normalizePersonal({ ...personal(), victimNames: "V. W." }, facts({ victimInvolved: false }), criminal)).toEqual({ personal: personal(), cleared: ["victimNames"] });
  });
});

describe("missingFacts", () => {
  it("a draft with nothing recorded misses the stage, what happened and the announcement", () => {
    expect(missingFacts(facts(), criminal)).toEqual(["stage", "status", "announcedPublicly"]);
  });

  it("a held criminal hearing needs its times, access, language, parties and whether a judgment came", () => {
    expect(missingFacts(facts({ stage: "MAIN_TRIAL", status: "HELD", announcedPublicly: true }), criminal)).toEqual([
      "actualStartTime", "endTime", "closedToPublic", "language", "interpretationNeeded", "recordingRequired",
      "defenceCounsel", "victimInvolved", "juvenileInvolved", "defendantsPresent", "detentionStatus", "verdictPronounced",
    ]);
  });

  it("a civil hearing does not ask about defendants in detention", () => {
    expect(missingFacts(facts({ stage: "MAIN_TRIAL", status: "HELD", announcedPublicly: true }), civil)).not.toContain("detentionStatus");
  });

  it("an adjournment needs at least one reason; a cancellation nothing more", () => {
    expect(missingFacts(facts({ stage: "MAIN_TRIAL", status: "ADJOURNED", announcedPublicly: true }), criminal)).toContain("adjournmentReasons");
    expect(missingFacts(facts({ stage: "MAIN_TRIAL", status: "CANCELLED", announcedPublicly: false }), criminal)).toEqual([]);
  });

  it("a pronounced conviction needs its sentence and its length", () => {
    const pronounced = facts({ stage: "PRONOUNCEMENT", status: "HELD", verdictPronounced: true, verdict: "CONVICTION", sentenceType: "IMPRISONMENT" });
    expect(missingFacts(pronounced, criminal)).toContain("sentenceMonths");
    expect(missingFacts({ ...pronounced, sentenceMonths: 6 }, criminal)).not.toContain("sentenceMonths");
  });
});

describe("conditionFactsOf", () => {
  it("passes the facts the checklist's conditions read, with the case's category and subject", () => {
    expect(conditionFactsOf(facts({ status: "HELD", victimInvolved: true }), domesticViolence)).toMatchObject({
      status: "HELD", victimInvolved: true, caseCategory: "CRIMINAL", caseSubject: "DOMESTIC_VIOLENCE", juvenileInvolved: null,
    });
  });
});
