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
