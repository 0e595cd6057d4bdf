import { pageParamsSchema } from "@/lib/pagination";
import { optionalRecordId, recordId } from "@/lib/validation/record-id";
import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";

export const COURT_KINDS = ["BASIC", "BRANCH", "SPECIAL_DEPARTMENT", "APPEALS", "SUPREME", "COMMERCIAL"] as const;
export const DEPARTMENTS = ["GENERAL", "SERIOUS_CRIMES", "JUVENILE", "SPECIAL", "ADMINISTRATIVE", "COMMERCIAL", "SPECIAL_CHAMBER"] as const;
/** Kinds that sit inside another court (a Basic Court's branch, its Special Department). */
export const KINDS_WITH_PARENT: readonly string[] = ["BRANCH", "SPECIAL_DEPARTMENT"];

const code = (pattern: RegExp) => cleanString().trim().toUpperCase().min(2).max(20).regex(pattern, "validation.codeFormat");
const placeName = cleanString().trim().min(1).max(160);

const courtFields = {
  kind: z.enum(COURT_KINDS),
  /** Albanian and Serbian names: both are official and both are shown ("Pejë / Peć"). */
  nameSq: placeName,
  nameSr: placeName,
  parentId: optionalRecordId,
  departments: z.array(z.enum(DEPARTMENTS)).min(1).max(DEPARTMENTS.length).transform((list) => [...new Set(list)]),
};

function requireParentForBranches(value: { kind: string; parentId: number | null }, ctx: z.RefinementCtx) {
  if (KINDS_WITH_PARENT.includes(value.kind) && value.parentId === null) ctx.addIssue({ code: "custom", path: ["parentId"], message: "validation.parentRequired" });
}

export const createCourtSchema = z.strictObject({ code: code(/^[A-Z0-9][A-Z0-9-]+$/), regionId: recordId, ...courtFields }).superRefine(requireParentForBranches);
export type CreateCourtInput = z.output<typeof createCourtSchema>;

export const updateCourtSchema = z.strictObject({ courtId: recordId, ...courtFields }).superRefine(requireParentForBranches);
export type UpdateCourtInput = z.output<typeof updateCourtSchema>;

/** The edit form's own values: the court's fields, without its id (the page knows it). */
export const editCourtFormSchema = z.strictObject(courtFields).superRefine(requireParentForBranches);

export const moveCourtSchema = z.strictObject({ courtId: recordId, regionId: recordId, withBranches: z.boolean() });
export type MoveCourtInput = z.output<typeof moveCourtSchema>;

export const courtIdSchema = z.strictObject({ courtId: recordId });

export const mergeCourtSchema = z.strictObject({ courtId: recordId, intoId: recordId });
export type MergeCourtInput = z.output<typeof mergeCourtSchema>;

export const COURT_STATUSES = ["active", "retired", "all"] as const;

export const courtFiltersSchema = pageParamsSchema.extend({
  q: cleanString().trim().max(100).catch(""),
  region: recordId.optional().catch(undefined),
  kind: z.enum(COURT_KINDS).optional().catch(undefined),
  status: z.enum(COURT_STATUSES).catch("active"),
  size: z.coerce.number().int().refine((n) => [25, 50, 100].includes(n)).catch(50),
});
export type CourtFilters = z.output<typeof courtFiltersSchema>;

export const createRegionSchema = z.strictObject({ code: code(/^[A-Z][A-Z0-9_]+$/), nameSq: placeName, nameSr: placeName });
export type CreateRegionInput = z.output<typeof createRegionSchema>;

export const renameRegionSchema = z.strictObject({ regionId: recordId, nameSq: placeName, nameSr: placeName });
export type RenameRegionInput = z.output<typeof renameRegionSchema>;
