import { FindingStatus, Severity } from "@/lib/generated/prisma/enums";
import { pageParamsSchema } from "@/lib/pagination";
import { recordId } from "@/lib/validation/record-id";
import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";
import { optionalDayFilter } from "@/lib/validation/calendar-day";

export const MAX_FINDING_TITLE = 200;
export const MAX_FINDING_DESCRIPTION = 5000;
export const MAX_FINDING_HEARINGS = 50;
export const SEVERITIES = Object.values(Severity);
export const FINDING_STATUSES = Object.values(FindingStatus);

/** What an analyst records: the standard, how grave, what happened, and the hearings it rests on. */
export const findingFormSchema = z.strictObject({
  standardId: recordId,
  severity: z.enum(Severity),
  title: cleanString().trim().min(1).max(MAX_FINDING_TITLE),
  description: cleanString().trim().min(1).max(MAX_FINDING_DESCRIPTION),
  hearingIds: z
    .array(recordId)
    .min(1)
    .max(MAX_FINDING_HEARINGS)
    .refine((ids) => new Set(ids).size === ids.length, "validation.duplicate"),
});
export type FindingFormInput = z.input<typeof findingFormSchema>;
export type FindingFormValues = z.output<typeof findingFormSchema>;

export const createFindingSchema = findingFormSchema;
export type CreateFindingInput = FindingFormValues;

const versioned = { findingId: recordId, baseVersion: z.number().int().positive() };

export const updateFindingSchema = findingFormSchema.extend(versioned);
export type UpdateFindingInput = z.output<typeof updateFindingSchema>;

export const setFindingStatusSchema = z.strictObject({ ...versioned, status: z.enum(FindingStatus) });
export type SetFindingStatusInput = z.output<typeof setFindingStatusSchema>;

const id = recordId.optional().catch(undefined);

/**
 * ?standard=&court=&region=&severity=&status=&from=&to=&page= of the findings list. The period and the
 * court are those of the hearings a finding rests on (when and where the breach was seen).
 */
export const findingListFiltersSchema = pageParamsSchema.extend({
  standard: id,
  court: id,
  region: id,
  severity: z.enum(Severity).optional().catch(undefined),
  status: z.enum(FindingStatus).optional().catch(undefined),
  from: optionalDayFilter,
  to: optionalDayFilter,
});
export type FindingListFilters = z.infer<typeof findingListFiltersSchema>;
