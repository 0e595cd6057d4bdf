import { pageParamsSchema } from "@/lib/pagination";
import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";
import { optionalDayFilter } from "@/lib/validation/calendar-day";
import { recordId } from "@/lib/validation/record-id";

/** What the monitor's list can show: upcoming hearings, or reports in one review state. */
export const HEARING_LIST_VIEWS = ["upcoming", "DRAFT", "RETURNED", "SUBMITTED", "APPROVED"] as const;
export type HearingListView = (typeof HEARING_LIST_VIEWS)[number];

/** ?q=&court=&view=&from=&to=&page=&size= of "My hearings"; a bad value falls back to no filter. */
export const hearingListFiltersSchema = pageParamsSchema.extend({
  q: cleanString().trim().max(60).catch(""),
  court: recordId.optional().catch(undefined),
  view: z.enum(HEARING_LIST_VIEWS).optional().catch(undefined),
  from: optionalDayFilter,
  to: optionalDayFilter,
});
export type HearingListFilters = z.infer<typeof hearingListFiltersSchema>;
