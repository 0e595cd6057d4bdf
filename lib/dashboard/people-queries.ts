import "server-only";
import { prisma } from "@/lib/db";
import { dimensionCounts, HEARINGS_ROW } from "@/lib/reports/dimension-counts";
import { DIMENSION_VALUES, dimensionValueOrder, GENDER_DIMENSIONS, isGroupValue } from "@/lib/reports/dimensions";
import type { ReportReference } from "@/lib/reports/reference-queries";
import type { ResolvedFilter } from "@/lib/reports/resolve-filter";
import { proportion, type Proportion } from "@/lib/reports/stats";

/**
 * The dashboard's figures about people, from the reports' generic breakdown summary (dimension-counts.ts):
 * hearings by the gender of the judge, prosecutor, defendant and victim, and how many of each region's
 * judges were seen at work in the period.
 */
export interface GenderShare {
  gender: string;
  /** Of the hearings where this party's gender was recorded, those with this gender. */
  share: Proportion;
}

export interface GenderBreakdown {
  role: (typeof GENDER_DIMENSIONS)[number];
  /** Approved hearings where the party's gender was recorded ("unknown" is not: definitions.ts): the shares' n. */
  recorded: number;
  shares: GenderShare[];
}

/** Only the hearings rows of the summary: no standard is asked for. */
const hearingsOnly = (filter: ResolvedFilter): ResolvedFilter => ({ ...filter, standardIds: [] });

export async function genderBreakdown(filter: ResolvedFilter): Promise<GenderBreakdown[]> {
  return Promise.all(GENDER_DIMENSIONS.map(async (role) => {
    const counts = (await dimensionCounts(hearingsOnly(filter), role)).filter((c) => c.standardId === HEARINGS_ROW && isGroupValue(role, c.value));
    const recorded = counts.reduce((sum, c) => sum + c.hearings, 0);
    const spec = DIMENSION_VALUES[role];
    const genders = spec === "judge" ? [] : spec.values.filter((g) => counts.some((c) => c.value === g));
    genders.sort(dimensionValueOrder(role, (id) => id));
    return {
      role, recorded,
      shares: genders.map((gender) => ({ gender, share: proportion(counts.find((c) => c.value === gender)!.hearings, recorded, filter.minimumN) })),
    };
  }));
}

export interface RegionJudges {
  region: ReportReference["regions"][number];
  /** Active judges of the region's courts… */
  judges: number;
  /** …of whom at least one approved hearing was monitored in the period. */
  monitored: number;
}

/** Judges' coverage per region: a count of all of them (a census, not a sample: no interval). */
export async function judgeCoverage(filter: ResolvedFilter, reference: ReportReference): Promise<RegionJudges[]> {
  const [counts, judges] = await Promise.all([
    dimensionCounts(hearingsOnly({ ...filter, courtIds: null }), "judge"),
    prisma.judge.findMany({ where: { active: true }, select: { id: true, courtId: true } }),
  ]);
  const seen = new Set(counts.filter((c) => c.standardId === HEARINGS_ROW && c.hearings > 0).map((c) => c.value));
  const regionOf = new Map(reference.courts.map((c) => [c.id, c.regionId]));
  return reference.regions.map((region) => {
    const own = judges.filter((j) => regionOf.get(j.courtId) === region.id);
    return { region, judges: own.length, monitored: own.filter((j) => seen.has(String(j.id))).length };
  });
}
