import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWindow, type Page } from "@/lib/pagination";
import type { CourtFilters } from "./schema";

const NAMES = { select: { id: true, nameSq: true, nameSr: true } } as const;

function whereOf(filters: CourtFilters): Prisma.CourtWhereInput {
  const where: Prisma.CourtWhereInput = {};
  if (filters.q) {
    where.OR = [
      { nameSq: { contains: filters.q, mode: "insensitive" } },
      { nameSr: { contains: filters.q, mode: "insensitive" } },
      { code: { contains: filters.q, mode: "insensitive" } },
    ];
  }
  if (filters.region) where.regionId = filters.region;
  if (filters.kind) where.kind = filters.kind;
  if (filters.status !== "all") where.retiredAt = filters.status === "active" ? null : { not: null };
  return where;
}

const LIST_SELECT = {
  id: true, code: true, kind: true, nameSq: true, nameSr: true, retiredAt: true,
  region: NAMES, parent: NAMES, mergedInto: NAMES, _count: { select: { hearings: true } },
} satisfies Prisma.CourtSelect;

export type CourtListItem = Prisma.CourtGetPayload<{ select: typeof LIST_SELECT }>;

export async function searchCourts(filters: CourtFilters): Promise<Page<CourtListItem>> {
  const where = whereOf(filters);
  const [items, total] = await Promise.all([
    prisma.court.findMany({ where, orderBy: [{ retiredAt: { sort: "asc", nulls: "first" } }, { code: "asc" }], select: LIST_SELECT, ...pageWindow(filters) }),
    prisma.court.count({ where }),
  ]);
  return { items, total, page: filters.page, size: filters.size };
}

export async function getCourtDetail(id: number) {
  return prisma.court.findUnique({
    where: { id },
    select: {
      id: true, code: true, kind: true, nameSq: true, nameSr: true, departments: true, regionId: true, parentId: true,
      retiredAt: true, createdAt: true, region: NAMES, parent: NAMES, mergedInto: NAMES,
      children: { select: { id: true, code: true, nameSq: true, nameSr: true, retiredAt: true }, orderBy: { code: "asc" } },
      mergedFrom: { select: { id: true, code: true, nameSq: true, nameSr: true }, orderBy: { code: "asc" } },
      _count: { select: { hearings: true, cases: true, judges: true } },
    },
  });
}

export type CourtDetail = NonNullable<Awaited<ReturnType<typeof getCourtDetail>>>;

/**
 * The courts a user may pick for new work (a hearing, a case, an intervention, a parent, a merge target):
 * retired courts keep their history but leave every picker.
 */
export async function courtPickerOptions() {
  return prisma.court.findMany({
    where: { retiredAt: null },
    orderBy: { code: "asc" },
    select: { id: true, code: true, kind: true, nameSq: true, nameSr: true, regionId: true, departments: true },
  });
}

export async function courtHistory(id: number, take = 20) {
  return prisma.auditLog.findMany({
    where: { entityType: "Court", entityId: String(id) },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, action: true, createdAt: true, actor: { select: { name: true } } },
  });
}
