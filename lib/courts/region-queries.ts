import "server-only";
import { prisma } from "@/lib/db";

/** The mission's regional offices, for pickers. */
export async function regionOptions() {
  return prisma.region.findMany({ orderBy: { nameSq: "asc" }, select: { id: true, code: true, nameSq: true, nameSr: true } });
}

/** Regions with how many courts (active) and monitors (active) each has, for the regions page. */
export async function listRegionsWithCounts() {
  const regions = await prisma.region.findMany({
    orderBy: { nameSq: "asc" },
    select: {
      id: true, code: true, nameSq: true, nameSr: true,
      _count: { select: { courts: { where: { retiredAt: null } }, users: { where: { active: true } } } },
    },
  });
  return regions.map(({ _count, ...region }) => ({ ...region, activeCourts: _count.courts, activeUsers: _count.users }));
}

export async function getRegion(id: number) {
  return prisma.region.findUnique({
    where: { id },
    select: {
      id: true, code: true, nameSq: true, nameSr: true,
      courts: { where: { retiredAt: null }, orderBy: { code: "asc" }, select: { id: true, nameSq: true, nameSr: true } },
    },
  });
}

export async function regionHistory(id: number, take = 20) {
  return prisma.auditLog.findMany({
    where: { entityType: "Region", entityId: String(id) },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, action: true, createdAt: true, actor: { select: { name: true } } },
  });
}
