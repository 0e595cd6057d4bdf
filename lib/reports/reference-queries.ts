import "server-only";
import { prisma } from "@/lib/db";

/** What the report builder offers to choose from and what its rows are labelled with. */
export interface StandardRef {
  id: number;
  code: string;
  number: number;
  nameEn: string;
  nameSq: string;
  nameSr: string;
}

export interface CourtRef {
  id: number;
  code: string;
  nameSq: string;
  nameSr: string;
  regionId: number;
  retired: boolean;
}

export interface RegionRef {
  id: number;
  code: string;
  nameSq: string;
  nameSr: string;
}

export interface ReportReference {
  standards: StandardRef[];
  courts: CourtRef[];
  regions: RegionRef[];
}

export async function reportReference(): Promise<ReportReference> {
  const [standards, courts, regions] = await Promise.all([
    prisma.standard.findMany({ orderBy: { number: "asc" }, select: { id: true, code: true, number: true, nameEn: true, nameSq: true, nameSr: true } }),
    prisma.court.findMany({ select: { id: true, code: true, nameSq: true, nameSr: true, regionId: true, parentId: true, retiredAt: true } }),
    prisma.region.findMany({ orderBy: { nameSq: "asc" }, select: { id: true, code: true, nameSq: true, nameSr: true } }),
  ]);
  // Courts by region, each Basic Court followed by its branches.
  const byId = new Map(courts.map((c) => [c.id, c]));
  const family = (c: (typeof courts)[number]) => byId.get(c.parentId ?? c.id)!;
  const regionOrder = new Map(regions.map((r, i) => [r.id, i]));
  const ordered = [...courts].sort((a, b) =>
    regionOrder.get(a.regionId)! - regionOrder.get(b.regionId)!
    || family(a).nameSq.localeCompare(family(b).nameSq)
    || Number(a.parentId !== null) - Number(b.parentId !== null)
    || a.nameSq.localeCompare(b.nameSq));
  return {
    standards,
    courts: ordered.map(({ retiredAt, parentId: _parentId, ...court }) => ({ ...court, retired: retiredAt !== null })),
    regions,
  };
}
