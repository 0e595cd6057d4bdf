import type { AnswerValue } from "@/lib/checklists/compliance";
import type {
  AdjournmentReason, DefenceCounsel, Department, DetentionStatus, Gender, HearingStage, HearingStatus,
  ProceedingsLanguage, SentenceType, Verdict,
} from "@/lib/generated/prisma/enums";
import { toCourtDateTimeInput } from "@/lib/time/zone";
import type { HearingFactsInput, HearingReportValues, PersonalDataInput } from "./schema";
import { deriveTiming, toCourtTimeInput } from "./timing";

/** The columns of Hearing that the report records, as the database holds them. */
export interface HearingFactColumns {
  stage: HearingStage | null;
  department: Department;
  judgeId: number | null;
  panel: string | null;
  prosecutor: string | null;
  scheduledAt: Date;
  actualStartAt: Date | null;
  endedAt: Date | null;
  delayMinutes: number | null;
  durationMinutes: number | null;
  status: HearingStatus | null;
  adjournmentReasons: AdjournmentReason[];
  nextHearingDate: Date | null;
  announcedPublicly: boolean | null;
  publicAdmitted: boolean | null;
  closedToPublic: boolean | null;
  closureGround: string | null;
  language: ProceedingsLanguage | null;
  interpretationNeeded: boolean | null;
  interpretationProvided: boolean | null;
  recordingRequired: boolean | null;
  audioVideoRecorded: boolean | null;
  defendantCount: number | null;
  defendantsPresent: boolean | null;
  detentionStatus: DetentionStatus | null;
  defenceCounsel: DefenceCounsel | null;
  victimInvolved: boolean | null;
  victimPresent: boolean | null;
  victimRepresented: boolean | null;
  juvenileInvolved: boolean | null;
  judgeGender: Gender | null;
  prosecutorGender: Gender | null;
  defendantGender: Gender | null;
  victimGender: Gender | null;
  verdictPronounced: boolean | null;
  verdict: Verdict | null;
  sentenceType: SentenceType | null;
  sentenceMonths: number | null;
  fineEur: number | null;
  protectionOrder: boolean | null;
  narrative: string | null;
}

export type PersonalColumns = Record<keyof PersonalDataInput, string | null>;

/** Prisma `select` for exactly these columns. */
export const HEARING_FACT_SELECT = {
  stage: true, department: true, judgeId: true, panel: true, prosecutor: true, scheduledAt: true, actualStartAt: true,
  endedAt: true, delayMinutes: true, durationMinutes: true, status: true, adjournmentReasons: true, nextHearingDate: true,
  announcedPublicly: true, publicAdmitted: true, closedToPublic: true, closureGround: true, language: true,
  interpretationNeeded: true, interpretationProvided: true, recordingRequired: true, audioVideoRecorded: true,
  defendantCount: true, defendantsPresent: true, detentionStatus: true, defenceCounsel: true, victimInvolved: true,
  victimPresent: true, victimRepresented: true, juvenileInvolved: true, judgeGender: true, prosecutorGender: true,
  defendantGender: true, victimGender: true, verdictPronounced: true, verdict: true, sentenceType: true,
  sentenceMonths: true, fineEur: true, protectionOrder: true, narrative: true,
} as const;

const PASS_THROUGH = [
  "stage", "department", "judgeId", "status", "announcedPublicly", "publicAdmitted", "closedToPublic", "language",
  "interpretationNeeded", "interpretationProvided", "recordingRequired", "audioVideoRecorded", "defendantCount",
  "defendantsPresent", "detentionStatus", "defenceCounsel", "victimInvolved", "victimPresent", "victimRepresented",
  "juvenileInvolved", "judgeGender", "prosecutorGender", "defendantGender", "victimGender", "verdictPronounced",
  "verdict", "sentenceType", "sentenceMonths", "fineEur", "protectionOrder",
] as const satisfies readonly (keyof HearingFactsInput & keyof HearingFactColumns)[];

const TEXTS = ["panel", "prosecutor", "closureGround", "narrative"] as const satisfies readonly (keyof HearingFactsInput & keyof HearingFactColumns)[];

export function toFactsInput(row: HearingFactColumns): HearingFactsInput {
  const facts: Record<string, unknown> = {};
  for (const key of PASS_THROUGH) facts[key] = row[key];
  for (const key of TEXTS) facts[key] = row[key] ?? "";
  facts.scheduledAt = toCourtDateTimeInput(row.scheduledAt);
  facts.actualStartTime = toCourtTimeInput(row.actualStartAt);
  facts.endTime = toCourtTimeInput(row.endedAt);
  facts.adjournmentReasons = [...row.adjournmentReasons];
  facts.nextHearingDate = row.nextHearingDate ? row.nextHearingDate.toISOString().slice(0, 10) : "";
  return facts as HearingFactsInput;
}

export function toPersonalInput(row: PersonalColumns | null): PersonalDataInput {
  return {
    defendantNames: row?.defendantNames ?? "",
    victimNames: row?.victimNames ?? "",
    witnessNames: row?.witnessNames ?? "",
    juvenileDetails: row?.juvenileDetails ?? "",
  };
}

export function toReportValues(row: HearingFactColumns, personal: PersonalColumns | null, answers: { questionCode: string; value: unknown }[]): HearingReportValues {
  return {
    facts: toFactsInput(row),
    personal: toPersonalInput(personal),
    answers: Object.fromEntries(answers.map((a) => [a.questionCode, a.value as AnswerValue])),
  };
}

/** The columns to write for validated facts, with delay and duration derived from the times. */
export function toFactColumns(facts: HearingFactsInput): HearingFactColumns {
  const timing = deriveTiming(facts.scheduledAt, facts.actualStartTime, facts.endTime);
  if (!timing) throw new Error("scheduledAt was validated before");
  const columns: Record<string, unknown> = {};
  for (const key of PASS_THROUGH) columns[key] = facts[key];
  for (const key of TEXTS) columns[key] = facts[key] === "" ? null : facts[key];
  return {
    ...(columns as Pick<HearingFactColumns, (typeof PASS_THROUGH)[number] | (typeof TEXTS)[number]>),
    ...timing,
    adjournmentReasons: facts.adjournmentReasons,
    nextHearingDate: facts.nextHearingDate ? new Date(`${facts.nextHearingDate}T00:00:00Z`) : null,
  };
}

export function toPersonalColumns(personal: PersonalDataInput): PersonalColumns {
  return {
    defendantNames: personal.defendantNames || null,
    victimNames: personal.victimNames || null,
    witnessNames: personal.witnessNames || null,
    juvenileDetails: personal.juvenileDetails || null,
  };
}
