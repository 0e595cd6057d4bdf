import type { ConditionFacts } from "@/lib/checklists/condition";
import type { CaseCategory, CaseSubject } from "@/lib/generated/prisma/enums";
import type { FactKey, HearingFactsInput, PersonalDataInput, PersonalKey } from "./schema";

/**
 * Which hearing facts are asked, and which must be recorded before a report can be submitted. Pure: the
 * form shows and hides fields with these rules, the server clears what stopped applying and checks
 * completeness with the same ones.
 */
export interface CaseFacts {
  category: CaseCategory;
  subject: CaseSubject;
}

type Rule = (facts: HearingFactsInput, kase: CaseFacts) => boolean;

const isCriminal = (kase: CaseFacts) => kase.category === "CRIMINAL" || kase.category === "JUVENILE";
/** The hearing opened (held, or opened and adjourned): it has times, access and parties to record. */
const opened: Rule = (f) => f.status === "HELD" || f.status === "ADJOURNED";
const pronounced: Rule = (f) => f.status === "HELD" && f.verdictPronounced === true;

/** Facts asked only in some circumstances; any other fact is always asked. */
const VISIBLE_WHEN: Partial<Record<FactKey, Rule>> = {
  actualStartTime: opened,
  endTime: opened,
  adjournmentReasons: (f) => f.status === "ADJOURNED",
  nextHearingDate: opened,
  publicAdmitted: (f) => f.closedToPublic === false,
  closureGround: (f) => f.closedToPublic === true,
  interpretationProvided: (f) => f.interpretationNeeded === true,
  audioVideoRecorded: (f) => f.recordingRequired === true,
  victimPresent: (f) => f.victimInvolved === true,
  victimRepresented: (f) => f.victimInvolved === true,
  victimGender: (f) => f.victimInvolved === true,
  verdictPronounced: (f) => f.status === "HELD",
  verdict: pronounced,
  sentenceType: pronounced,
  sentenceMonths: (f, k) => pronounced(f, k) && (f.sentenceType === "IMPRISONMENT" || f.sentenceType === "SUSPENDED"),
  fineEur: (f, k) => pronounced(f, k) && f.sentenceType === "FINE",
  protectionOrder: (f, k) => pronounced(f, k) || k.subject === "DOMESTIC_VIOLENCE",
};

const PERSONAL_VISIBLE_WHEN: Partial<Record<PersonalKey, Rule>> = {
  victimNames: (f) => f.victimInvolved === true,
  juvenileDetails: (f) => f.juvenileInvolved === true,
};

/** Facts that must be recorded to submit, when they are asked. */
const REQUIRED_WHEN: Partial<Record<FactKey, Rule>> = {
  stage: () => true,
  status: () => true,
  announcedPublicly: () => true,
  actualStartTime: opened,
  endTime: opened,
  adjournmentReasons: () => true,
  closedToPublic: opened,
  publicAdmitted: opened,
  language: opened,
  interpretationNeeded: opened,
  interpretationProvided: () => true,
  recordingRequired: opened,
  audioVideoRecorded: () => true,
  defenceCounsel: opened,
  victimInvolved: opened,
  victimPresent: () => true,
  juvenileInvolved: opened,
  defendantsPresent: (f, k) => opened(f, k) && isCriminal(k),
  detentionStatus: (f, k) => opened(f, k) && isCriminal(k),
  verdictPronounced: () => true,
  verdict: () => true,
  sentenceType: (_f, k) => isCriminal(k),
  sentenceMonths: () => true,
  fineEur: () => true,
};

export function isFactVisible(key: FactKey, facts: HearingFactsInput, kase: CaseFacts): boolean {
  return VISIBLE_WHEN[key]?.(facts, kase) ?? true;
}

export function isPersonalVisible(key: PersonalKey, facts: HearingFactsInput, kase: CaseFacts): boolean {
  return PERSONAL_VISIBLE_WHEN[key]?.(facts, kase) ?? true;
}

function isEmptyFact(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

/** Facts typed as text (or a date or time in text form): empty is "", not null. */
const TEXT_FACTS: ReadonlySet<FactKey> = new Set(["panel", "prosecutor", "scheduledAt", "actualStartTime", "endTime", "nextHearingDate", "closureGround", "narrative"]);

/** The value of a fact that is not recorded. */
export function emptyFactValue(key: FactKey): HearingFactsInput[FactKey] {
  if (key === "adjournmentReasons") return [];
  return TEXT_FACTS.has(key) ? "" : null;
}

/**
 * The facts with everything that no longer applies emptied (adjournment reasons of a hearing that was
 * held, an interpreter's presence where none was needed, ...), and the keys that were emptied.
 */
export function normalizeFacts(facts: HearingFactsInput, kase: CaseFacts): { facts: HearingFactsInput; cleared: FactKey[] } {
  const result = { ...facts } as Record<FactKey, unknown>;
  const cleared: FactKey[] = [];
  for (const key of Object.keys(VISIBLE_WHEN) as FactKey[]) {
    if (!isFactVisible(key, facts, kase) && !isEmptyFact(facts[key])) {
      result[key] = emptyFactValue(key);
      cleared.push(key);
    }
  }
  return { facts: result as HearingFactsInput, cleared };
}

export function normalizePersonal(personal: PersonalDataInput, facts: HearingFactsInput, kase: CaseFacts): { personal: PersonalDataInput; cleared: PersonalKey[] } {
  const result = { ...personal };
  const cleared: PersonalKey[] = [];
  for (const key of Object.keys(PERSONAL_VISIBLE_WHEN) as PersonalKey[]) {
    if (!isPersonalVisible(key, facts, kase) && result[key] !== "") {
      result[key] = "";
      cleared.push(key);
    }
  }
  return { personal: result, cleared };
}

/** Facts asked here and needed to submit, in form order. */
export function requiredFacts(facts: HearingFactsInput, kase: CaseFacts): FactKey[] {
  return (Object.keys(REQUIRED_WHEN) as FactKey[]).filter((key) => isFactVisible(key, facts, kase) && REQUIRED_WHEN[key]!(facts, kase));
}

/** Required facts not recorded yet. */
export function missingFacts(facts: HearingFactsInput, kase: CaseFacts): FactKey[] {
  return requiredFacts(facts, kase).filter((key) => isEmptyFact(facts[key]));
}

/** The facts the checklist's conditions read. */
export function conditionFactsOf(facts: HearingFactsInput, kase: CaseFacts): ConditionFacts {
  return {
    status: facts.status,
    stage: facts.stage,
    caseCategory: kase.category,
    caseSubject: kase.subject,
    closedToPublic: facts.closedToPublic,
    interpretationNeeded: facts.interpretationNeeded,
    defendantsPresent: facts.defendantsPresent,
    detentionStatus: facts.detentionStatus,
    defenceCounsel: facts.defenceCounsel,
    victimInvolved: facts.victimInvolved,
    juvenileInvolved: facts.juvenileInvolved,
    verdictPronounced: facts.verdictPronounced,
    protectionOrder: facts.protectionOrder,
  };
}
