import { buildAnswersSchema } from "@/lib/checklists/answer-schema";
import type { AnswerValue } from "@/lib/checklists/compliance";
import type { ChecklistQuestionView } from "@/lib/checklists/question-view";
import {
  AdjournmentReason, DefenceCounsel, Department, DetentionStatus, Gender, HearingStage, HearingStatus,
  ProceedingsLanguage, SentenceType, Verdict,
} from "@/lib/generated/prisma/enums";
import { z } from "@/lib/validation/zod";
import { calendarDay } from "@/lib/validation/calendar-day";
import { cleanString } from "@/lib/validation/clean-string";
import { jsonRecordId } from "@/lib/validation/record-id";
import { fromCourtDateTimeInput } from "@/lib/time/zone";

/**
 * The hearing report as the form holds it and the actions receive it: facts (DOMAIN.md's "what a monitor
 * records"), the sensitive names apart, and the checklist answers by question code. Times are court-time
 * strings ("2026-03-14T09:30", "09:45") so that the browser and the server read them the same way;
 * unrecorded facts are null or "" (a draft may be half done).
 */
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const text = (max: number) => cleanString().trim().max(max);
const flag = z.boolean().nullable();
const count = (max: number) => z.number().int().min(0).max(max).nullable();
const time = z.union([z.literal(""), cleanString().regex(TIME)]);
const date = z.union([z.literal(""), calendarDay]);
export const courtDateTimeSchema = cleanString().max(16).refine((v) => fromCourtDateTimeInput(v) !== null, "validation.invalidDate");

export const hearingFactsSchema = z
  .strictObject({
    stage: z.enum(HearingStage).nullable(),
    department: z.enum(Department),
    judgeId: jsonRecordId.nullable(),
    panel: text(300),
    prosecutor: text(200),

    scheduledAt: courtDateTimeSchema,
    actualStartTime: time,
    endTime: time,
    status: z.enum(HearingStatus).nullable(),
    adjournmentReasons: z.array(z.enum(AdjournmentReason)).max(Object.keys(AdjournmentReason).length).refine((l) => new Set(l).size === l.length),
    nextHearingDate: date,

    announcedPublicly: flag,
    publicAdmitted: flag,
    closedToPublic: flag,
    closureGround: text(500),
    language: z.enum(ProceedingsLanguage).nullable(),
    interpretationNeeded: flag,
    interpretationProvided: flag,
    recordingRequired: flag,
    audioVideoRecorded: flag,

    defendantCount: count(200),
    defendantsPresent: flag,
    detentionStatus: z.enum(DetentionStatus).nullable(),
    defenceCounsel: z.enum(DefenceCounsel).nullable(),
    victimInvolved: flag,
    victimPresent: flag,
    victimRepresented: flag,
    juvenileInvolved: flag,
    judgeGender: z.enum(Gender).nullable(),
    prosecutorGender: z.enum(Gender).nullable(),
    defendantGender: z.enum(Gender).nullable(),
    victimGender: z.enum(Gender).nullable(),

    verdictPronounced: flag,
    verdict: z.enum(Verdict).nullable(),
    sentenceType: z.enum(SentenceType).nullable(),
    sentenceMonths: count(1200),
    fineEur: count(10_000_000),
    protectionOrder: flag,

    narrative: text(20_000),
  })
  .refine((f) => !f.actualStartTime || !f.endTime || f.endTime >= f.actualStartTime, { path: ["endTime"], message: "validation.endBeforeStart" });

export type HearingFactsInput = z.infer<typeof hearingFactsSchema>;
export type FactKey = keyof HearingFactsInput;

/** Names of defendants, victims and witnesses: initials or a pseudonym by default. */
export const personalDataSchema = z.strictObject({
  defendantNames: text(500),
  victimNames: text(500),
  witnessNames: text(500),
  juvenileDetails: text(500),
});
export type PersonalDataInput = z.infer<typeof personalDataSchema>;
export type PersonalKey = keyof PersonalDataInput;

export interface HearingReportValues {
  facts: HearingFactsInput;
  personal: PersonalDataInput;
  answers: Record<string, AnswerValue | undefined>;
}

/** The whole report on one checklist version: used by the form's resolver and by the save and submit actions. */
export function buildHearingReportSchema(questions: ChecklistQuestionView[]): z.ZodType<HearingReportValues, HearingReportValues> {
  return z.strictObject({ facts: hearingFactsSchema, personal: personalDataSchema, answers: buildAnswersSchema(questions) }) as z.ZodType<HearingReportValues, HearingReportValues>;
}

/**
 * What the actions accept before they know the report's checklist version: the answers are checked against
 * the version's own schema once the hearing is loaded.
 */
export const reportEnvelope = z.strictObject({
  facts: z.record(cleanString().max(40), z.unknown()),
  personal: z.record(cleanString().max(40), z.unknown()),
  answers: z.record(cleanString().max(64), z.unknown()),
});

/** A client-made key: a retried request with the same key returns the first result. */
export const idempotencyKeySchema = cleanString().regex(/^[A-Za-z0-9_-]{16,64}$/);

export const saveHearingDraftSchema = z.strictObject({
  hearingId: jsonRecordId,
  /** The version the client's values were based on: a stale one is refused (optimistic lock). */
  baseVersion: z.number().int().positive().max(2_147_483_647),
  idempotencyKey: idempotencyKeySchema,
  report: reportEnvelope,
});
export type SaveHearingDraftInput = z.infer<typeof saveHearingDraftSchema>;

export const submitHearingReportSchema = saveHearingDraftSchema;
export type SubmitHearingReportInput = SaveHearingDraftInput;

/** The largest report a save may carry, in characters of JSON: far above a full report with a long narrative. */
export const MAX_REPORT_CHARS = 100_000;
