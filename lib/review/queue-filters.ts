import { CaseSubject } from "@/lib/generated/prisma/enums";
import { pageParamsSchema } from "@/lib/pagination";
import { z } from "@/lib/validation/zod";

const id = z.coerce.number().int().positive().max(2_147_483_647);

/** ?region=&court=&subject=&monitor=&page= of the review queue; a bad value falls back to no filter. */
export const reviewQueueFiltersSchema = pageParamsSchema.extend({
  region: id.optional().catch(undefined),
  court: id.optional().catch(undefined),
  subject: z.enum(CaseSubject).optional().catch(undefined),
  monitor: id.optional().catch(undefined),
});
export type ReviewQueueFilters = z.infer<typeof reviewQueueFiltersSchema>;
