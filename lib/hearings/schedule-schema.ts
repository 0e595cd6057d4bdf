import { CASE_NUMBER_MAX, CASE_NUMBER_PATTERN, normalizeCaseNumber } from "@/lib/cases/case-number";
import { CaseCategory, CaseSubject, HearingStage } from "@/lib/generated/prisma/enums";
import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";
import { jsonRecordId } from "@/lib/validation/record-id";
import { courtDateTimeSchema, idempotencyKeySchema } from "./schema";

/**
 * Scheduling a hearing (or starting a report on the spot): the court, the case by its number in that court
 * (found, or created with its category and subject), the scheduled time and, if known, the stage.
 */
export const scheduleHearingFormSchema = z.strictObject({
  courtId: jsonRecordId,
  caseNumber: cleanString().transform(normalizeCaseNumber).pipe(cleanString().min(1).max(CASE_NUMBER_MAX).regex(CASE_NUMBER_PATTERN, "validation.caseNumber")),
  /** Only needed when the case is new in this court; an existing case keeps its own. */
  category: z.enum(CaseCategory).nullable(),
  subject: z.enum(CaseSubject).nullable(),
  scheduledAt: courtDateTimeSchema,
  stage: z.enum(HearingStage).nullable(),
});
export type ScheduleHearingFormValues = z.input<typeof scheduleHearingFormSchema>;

export const scheduleHearingSchema = scheduleHearingFormSchema.extend({
  /** Made by the browser when the report is started, so that a report started offline is created once. */
  clientKey: idempotencyKeySchema,
});
export type ScheduleHearingInput = z.output<typeof scheduleHearingSchema>;
