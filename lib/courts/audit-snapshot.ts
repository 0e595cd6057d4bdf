import type { Prisma } from "@/lib/generated/prisma/client";

export const COURT_AUDIT_SELECT = {
  id: true, code: true, kind: true, nameSq: true, nameSr: true, parentId: true, regionId: true, departments: true, retiredAt: true, mergedIntoId: true,
} satisfies Prisma.CourtSelect;

export const REGION_AUDIT_SELECT = { id: true, code: true, nameSq: true, nameSr: true } satisfies Prisma.RegionSelect;
