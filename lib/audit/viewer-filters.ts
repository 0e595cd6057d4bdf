import { PAGE_SIZES } from "@/lib/pagination";
import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";
import { optionalDayFilter } from "@/lib/validation/calendar-day";

/** ?user=&entity=&entityId=&from=&to=&page=&size= of the audit log viewer; a bad value falls back to no filter. */
export const auditFiltersSchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce.number().int().refine((n) => (PAGE_SIZES as readonly number[]).includes(n)).catch(25),
  user: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  entity: cleanString().regex(/^[A-Za-z]{1,40}$/).optional().catch(undefined),
  entityId: cleanString().trim().regex(/^[\w-]{1,40}$/).optional().catch(undefined),
  from: optionalDayFilter,
  to: optionalDayFilter,
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;
