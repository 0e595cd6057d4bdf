// Plain report values and checklist questions for the unit tests of the report's rules.
import type { ChecklistQuestionView } from "@/lib/checklists/question-view";
import type { Condition } from "@/lib/checklists/condition";
import type { HearingFactsInput } from "@/lib/hearings/schema";

export function facts(over: Partial<HearingFactsInput> = {}): HearingFactsInput {
  return {
    stage: null, department: "GENERAL", judgeId: null, panel: "", prosecutor: "",
    scheduledAt: "2026-03-10T09:00", actualStartTime: "", endTime: "", status: null, adjournmentReasons: [], nextHearingDate: "",
    announcedPublicly: null, publicAdmitted: null, closedToPublic: null, closureGround: "", language: null,
    interpretationNeeded: null, interpretationProvided: null, recordingRequired: null, audioVideoRecorded: null,
    defendantCount: null, defendantsPresent: null, detentionStatus: null, defenceCounsel: null, victimInvolved: null,
    victimPresent: null, victimRepresented: null, juvenileInvolved: null, judgeGender: null, prosecutorGender: null,
    defendantGender: null, victimGender: null, verdictPronounced: null, verdict: null, sentenceType: null,
    sentenceMonths: null, fineEur: null, protectionOrder: null, narrative: "",
    ...over,
  };
}

export const personal = () => ({ defendantNames: "", victimNames: "", witnessNames: "", juvenileDetails: "" });

const standard = (number: number) => ({ id: 100 + number, code: `S${number}`, number, name: { en: `Standard ${number}`, sq: `Standardi ${number}`, sr: `Standard ${number}` } });

export function question(code: string, over: Partial<ChecklistQuestionView> & { standardNumber?: number; when?: Condition } = {}): ChecklistQuestionView {
  const { standardNumber = 1, when, ...rest } = over;
  return {
    id: code.length * 1000 + code.charCodeAt(0), code, position: 1, standard: standard(standardNumber), answerType: "YES_NO", options: [],
    condition: when ?? null, nonCompliantAnswers: ["NO"], required: true,
    text: { en: code, sq: code, sr: code }, help: null, ...rest,
  };
}

/** A small checklist: one question always asked, one for victims, one for held hearings, one optional. */
export const QUESTIONS: ChecklistQuestionView[] = [
  question("LISTED", { position: 1 }),
  question("VICTIM_INFORMED", { position: 2, standardNumber: 12, when: { fact: "victimInvolved", equals: true } }),
  question("PREJUDGMENT", { position: 3, standardNumber: 2, nonCompliantAnswers: ["YES"], when: { fact: "status", equals: "HELD" } }),
  question("WRITTEN_LATER", { position: 4, standardNumber: 11, required: false }),
];
