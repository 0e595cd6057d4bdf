import type { CourtRef, RegionRef, ReportReference } from "@/lib/reports/reference-queries";

/**
 * Coverage of the courts in a period: for every court and branch of a region, the approved hearings
 * monitored there, and the share of its courts with at least one. A court counts when it sits (is not
 * retired) or when hearings were monitored there in the period (it was retired since); courts are
 * ordered as the reports order them, each Basic Court followed by its branches.
 */
export interface CourtCoverage {
  court: CourtRef;
  hearings: number;
}

export interface RegionCoverage {
  region: RegionRef;
  courts: CourtCoverage[];
  /** Courts with at least one approved hearing in the period. */
  visited: number;
  /** visited ÷ courts; null for a region without courts. */
  share: number | null;
  hearings: number;
}

export function coverageByRegion(reference: ReportReference, hearingsByCourt: ReadonlyMap<string, number>): RegionCoverage[] {
  return reference.regions.map((region) => {
    const courts = reference.courts
      .filter((court) => court.regionId === region.id)
      .map((court) => ({ court, hearings: hearingsByCourt.get(court.code) ?? 0 }))
      .filter(({ court, hearings }) => !court.retired || hearings > 0);
    const visited = courts.filter((c) => c.hearings > 0).length;
    return {
      region,
      courts,
      visited,
      share: courts.length ? visited / courts.length : null,
      hearings: courts.reduce((sum, c) => sum + c.hearings, 0),
    };
  });
}

/** The whole territory's figures, or a region's. */
export function coverageTotals(regions: RegionCoverage[]): { courts: number; visited: number; share: number | null; hearings: number } {
  const courts = regions.reduce((sum, r) => sum + r.courts.length, 0);
  const visited = regions.reduce((sum, r) => sum + r.visited, 0);
  return { courts, visited, share: courts ? visited / courts : null, hearings: regions.reduce((sum, r) => sum + r.hearings, 0) };
}

export const COVERAGE_BANDS = 5;

/** Which of five equal bands a share falls in (0: under 20%, 4: 80% or more); null without a share. */
export function coverageBand(share: number | null): number | null {
  if (share === null) return null;
  return Math.min(COVERAGE_BANDS - 1, Math.floor(share * COVERAGE_BANDS));
}
