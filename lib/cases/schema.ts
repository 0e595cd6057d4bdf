import { pageParamsSchema } from "@/lib/pagination";
import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";
import { jsonRecordId, recordId } from "@/lib/validation/record-id";
import { CASE_NUMBER_MAX } from "./case-number";

/** Looking a case up by (part of) its number in one court, while scheduling a hearing. */
export const caseSearchSchema = z.strictObject({
  courtId: jsonRecordId,
  query: cleanString().trim().min(1).max(CASE_NUMBER_MAX),
});
export type CaseSearchInput = z.infer<typeof caseSearchSchema>;

/** ?q=&court=&page=&size= of the cases list. */
export const caseListFiltersSchema = pageParamsSchema.extend({
  q: cleanString().trim().max(CASE_NUMBER_MAX).catch(""),
  court: recordId.optional().catch(undefined),
});
export type CaseListFilters = z.infer<typeof caseListFiltersSchema>;
