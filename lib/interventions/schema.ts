import { Institution, InterventionOutcome, InterventionType } from "@/lib/generated/prisma/enums";
import { pageParamsSchema } from "@/lib/pagination";
import { optionalRecordId, recordId } from "@/lib/validation/record-id";
import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";
import { optionalDayFilter } from "@/lib/validation/calendar-day";
import { isCalendarDay } from "@/lib/time/calendar-days";
import { courtToday } from "./calendar-date";
import { REPLY_STATUSES } from "./reply-status";

export const MAX_INTERVENTION_TEXT = 5000;
export const MAX_INTERVENTION_FINDINGS = 100;
export const INSTITUTIONS = Object.values(Institution);
export const INTERVENTION_TYPES = Object.values(InterventionType);
export const OUTCOMES = Object.values(InterventionOutcome);

/** A calendar date from a form: "" when not given. */
const optionalDate = z.union([z.literal(""), cleanString().refine(isCalendarDay, "validation.invalidDate")]);
const requiredDate = cleanString().min(1).refine(isCalendarDay, "validation.invalidDate");
const longText = cleanString().trim().max(MAX_INTERVENTION_TEXT);

/** A reply cannot have arrived after today (court time). */
const notInFuture = (day: string) => !day || day <= courtToday();

const interventionFields = z.strictObject({
  institution: z.enum(Institution),
  addressee: cleanString().trim().min(1).max(300),
  courtId: optionalRecordId,
  type: z.enum(InterventionType),
  title: cleanString().trim().min(1).max(200),
  description: longText,
  sentAt: optionalDate,
  /** Empty: the reply is due the settings' number of days after it was sent. */
  replyDueAt: optionalDate,
  repliedAt: optionalDate.refine(notInFuture, "validation.inFuture"),
  reply: longText,
  outcome: z.enum(InterventionOutcome),
  findingIds: z.array(recordId).max(MAX_INTERVENTION_FINDINGS).refine((ids) => new Set(ids).size === ids.length, "validation.duplicate"),
});

type InterventionFields = z.output<typeof interventionFields>;

/** The dates must follow each other: sent, then due and replied; a reply needs its date, a replied date needs a sent one. */
function checkDates(value: Pick<InterventionFields, "sentAt" | "replyDueAt" | "repliedAt" | "reply">, ctx: z.RefinementCtx) {
  if (value.replyDueAt && value.sentAt && value.replyDueAt < value.sentAt) ctx.addIssue({ code: "custom", path: ["replyDueAt"], message: "validation.beforeSent" });
  if (value.repliedAt && !value.sentAt) ctx.addIssue({ code: "custom", path: ["sentAt"], message: "validation.required" });
  if (value.repliedAt && value.sentAt && value.repliedAt < value.sentAt) ctx.addIssue({ code: "custom", path: ["repliedAt"], message: "validation.beforeSent" });
  if (value.reply && !value.repliedAt) ctx.addIssue({ code: "custom", path: ["repliedAt"], message: "validation.required" });
}

export const interventionFormSchema = interventionFields.superRefine(checkDates);
export type InterventionFormInput = z.input<typeof interventionFormSchema>;
export type InterventionFormValues = z.output<typeof interventionFormSchema>;

export const createInterventionSchema = interventionFormSchema;
export type CreateInterventionInput = InterventionFormValues;

const versioned = { interventionId: recordId, baseVersion: z.number().int().positive() };

export const updateInterventionSchema = interventionFields.extend(versioned).superRefine(checkDates);
export type UpdateInterventionInput = z.output<typeof updateInterventionSchema>;

/** The reply received: when, what it says, and what the mission makes of it. */
export const replyFormSchema = z.strictObject({
  repliedAt: requiredDate.refine(notInFuture, "validation.inFuture"),
  reply: cleanString().trim().min(1).max(MAX_INTERVENTION_TEXT),
  outcome: z.enum(InterventionOutcome),
});
export type ReplyFormInput = z.input<typeof replyFormSchema>;

export const recordReplySchema = replyFormSchema.extend(versioned);
export type RecordReplyInput = z.output<typeof recordReplySchema>;

const id = recordId.optional().catch(undefined);

/** ?institution=&type=&outcome=&reply=&court=&from=&to=&page= of the interventions list (period: the date sent). */
export const interventionListFiltersSchema = pageParamsSchema.extend({
  institution: z.enum(Institution).optional().catch(undefined),
  type: z.enum(InterventionType).optional().catch(undefined),
  outcome: z.enum(InterventionOutcome).optional().catch(undefined),
  reply: z.enum(REPLY_STATUSES).optional().catch(undefined),
  court: id,
  from: optionalDayFilter,
  to: optionalDayFilter,
});
export type InterventionListFilters = z.infer<typeof interventionListFiltersSchema>;
