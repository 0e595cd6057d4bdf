import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ReportFilter } from "./filter";

/** The filter with its codes turned into the ids the summary tables hold. */
export interface ResolvedFilter extends ReportFilter {
  /** null: every court. An empty list matches nothing (codes that name no court). */
  courtIds: number[] | null;
  /** null: every standard. */
  standardIds: number[] | null;
}

/**
 * Resolves court, region and standard codes. `strict` (the API) refuses unknown codes with a 400 naming
 * the parameter; pages drop them, and a filter left naming no court then matches nothing rather than
 * everything.
 */
export async function resolveFilter(filter: ReportFilter, { strict = false } = {}): Promise<ResolvedFilter> {
  const [regions, courts, standards] = await Promise.all([
    filter.regions.length ? prisma.region.findMany({ where: { code: { in: filter.regions } }, select: { id: true, code: true } }) : [],
    filter.courts.length || filter.regions.length
      ? prisma.court.findMany({
          where: { OR: [{ code: { in: filter.courts } }, { region: { code: { in: filter.regions } } }] },
          select: { id: true, code: true },
        })
      : [],
    filter.standards.length ? prisma.standard.findMany({ where: { code: { in: filter.standards } }, select: { id: true, code: true } }) : [],
  ]);
  if (strict) {
    const unknown = (parameter: string, asked: string[], found: { code: string }[]) => {
      const missing = asked.filter((c) => !found.some((f) => f.code === c));
      if (missing.length) throw new AppError("VALIDATION", `Invalid parameter '${parameter}': unknown code ${missing.join(", ")}`, { [parameter]: ["validation.invalid"] });
    };
    unknown("region", filter.regions, regions);
    unknown("court", filter.courts, courts);
    unknown("standard", filter.standards, standards);
  }
  const known = { ...filter, regions: regions.map((r) => r.code).sort(), standards: standards.map((s) => s.code).sort() };
  known.courts = filter.courts.filter((c) => courts.some((k) => k.code === c));
  return {
    ...known,
    courtIds: filter.courts.length || filter.regions.length ? courts.map((c) => c.id).sort((a, b) => a - b) : null,
    standardIds: filter.standards.length ? standards.map((s) => s.id).sort((a, b) => a - b) : null,
  };
}
