import "server-only";
import { prisma } from "@/lib/db";
import { standardOptions } from "./queries";

/** The choices of the findings list's filters: standards, courts (retired ones too) and regions. */
export async function findingFilterOptions() {
  const [standards, courts, regions] = await Promise.all([
    standardOptions(),
    prisma.court.findMany({ orderBy: { nameSq: "asc" }, select: { id: true, nameSq: true, nameSr: true } }),
    prisma.region.findMany({ orderBy: { nameSq: "asc" }, select: { id: true, nameSq: true, nameSr: true } }),
  ]);
  return { standards, courts, regions };
}
