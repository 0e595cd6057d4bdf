import "server-only";
import { prisma } from "@/lib/db";
import { dimensionCounts, HEARINGS_ROW } from "./dimension-counts";
import { dimensionValueOrder, isGroupValue, type Dimension } from "./dimensions";
import type { ReportReference, StandardRef } from "./reference-queries";
import type { ResolvedFilter } from "./resolve-filter";
import { proportion, type Proportion } from "./stats";

/**
 * Compliance by standard broken down by a hearing attribute (gender of a party, judge, language,
 * detention, counsel): the same figures and definitions as complianceByStandard, one row per standard and
 * value. A hearing whose value was not recorded is in no group, so groups need not add up to the whole.
 */
export interface DimensionValue {
  /** The stored value: an enum's code, or a judge's id. */
  key: string;
  /** A judge's name; null for an enum value (labelled by the enums messages). */
  name: string | null;
  /** Approved hearings with this value. */
  hearings: number;
}

export interface DimensionComplianceRow extends Proportion {
  standard: StandardRef;
  value: string;
  applicable: number;
  nonCompliant: number;
  unclear: number;
}

export interface DimensionBreakdown {
  dimension: Dimension;
  values: DimensionValue[];
  rows: DimensionComplianceRow[];
}

async function judgeNames(ids: string[]): Promise<Map<string, string>> {
  const numeric = ids.map(Number).filter(Number.isInteger);
  if (!numeric.length) return new Map();
  // Judges are public officials: their names are not personal data of the parties (schema.prisma).
  const judges = await prisma.judge.findMany({ where: { id: { in: numeric } }, select: { id: true, name: true } });
  return new Map(judges.map((j) => [String(j.id), j.name]));
}

export async function complianceByDimension(filter: ResolvedFilter, dimension: Dimension, reference: ReportReference): Promise<DimensionBreakdown> {
  const counts = (await dimensionCounts(filter, dimension)).filter((c) => isGroupValue(dimension, c.value));
  const hearingsOf = new Map(counts.filter((c) => c.standardId === HEARINGS_ROW).map((c) => [c.value, c.hearings]));
  const keys = [...new Set(counts.map((c) => c.value))];
  const names = dimension === "judge" ? await judgeNames(keys) : new Map<string, string>();
  keys.sort(dimensionValueOrder(dimension, (id) => names.get(id) ?? id));
  const values = keys.map((key) => ({ key, name: names.get(key) ?? null, hearings: hearingsOf.get(key) ?? 0 }));
  const byKey = new Map(counts.filter((c) => c.standardId !== HEARINGS_ROW).map((c) => [`${c.value}|${c.standardId}`, c]));
  const standards = reference.standards.filter((s) => !filter.standardIds || filter.standardIds.includes(s.id));
  const rows = standards.flatMap((standard) => keys.map((value) => {
    const count = byKey.get(`${value}|${standard.id}`);
    const applicable = count?.applicable ?? 0;
    const nonCompliant = count?.nonCompliant ?? 0;
    return { standard, value, applicable, nonCompliant, unclear: count?.unclear ?? 0, ...proportion(nonCompliant, applicable, filter.minimumN) };
  }));
  return { dimension, values, rows };
}
