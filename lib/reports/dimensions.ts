import { DefenceCounsel, DetentionStatus, Gender, ProceedingsLanguage } from "@/lib/generated/prisma/enums";
import { NOT_RECORDED_GENDER } from "./definitions";

/**
 * The hearing attributes the compliance reports break down by besides court, region, case type and month.
 * Each is one line of the SQL function report_dimension_values (migration report_dimensions), which
 * writes a hearing's values into ReportHearing.dimensions and the one generic summary ReportDimensionMonth.
 * Adding a dimension: a line there, an entry here (its values' label namespace), and its name in the
 * reports' messages; no new table, trigger or query.
 */
export const DIMENSIONS = ["judgeGender", "prosecutorGender", "defendantGender", "victimGender", "judge", "language", "detention", "counsel"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The gender dimensions, the dashboard's breakdown by gender. */
export const GENDER_DIMENSIONS = ["judgeGender", "prosecutorGender", "defendantGender", "victimGender"] as const satisfies readonly Dimension[];

/** The genders that are a group: all but "unknown", which counts as not recorded (definitions.ts). */
const RECORDED_GENDERS = Object.values(Gender).filter((g) => g !== NOT_RECORDED_GENDER);

/** Where a value's label comes from: an enum's labels (namespace of the enums messages, in order), or the judge's name. */
export const DIMENSION_VALUES: Record<Dimension, { enumKey: string; values: readonly string[] } | "judge"> = {
  judgeGender: { enumKey: "gender", values: RECORDED_GENDERS },
  prosecutorGender: { enumKey: "gender", values: RECORDED_GENDERS },
  defendantGender: { enumKey: "gender", values: RECORDED_GENDERS },
  victimGender: { enumKey: "gender", values: RECORDED_GENDERS },
  judge: "judge",
  language: { enumKey: "proceedingsLanguage", values: Object.values(ProceedingsLanguage) },
  detention: { enumKey: "detentionStatus", values: Object.values(DetentionStatus) },
  counsel: { enumKey: "defenceCounsel", values: Object.values(DefenceCounsel) },
};

/** Whether a value is a group of its dimension (any judge; an enum's recorded values only). */
export function isGroupValue(dimension: Dimension, value: string): boolean {
  const spec = DIMENSION_VALUES[dimension];
  return spec === "judge" || spec.values.includes(value);
}

export function isDimension(value: string): value is Dimension {
  return (DIMENSIONS as readonly string[]).includes(value);
}

/** Orders a dimension's values: enums in their declared order, judges by name (given), the rest by key. */
export function dimensionValueOrder(dimension: Dimension, judgeName: (id: string) => string): (a: string, b: string) => number {
  const spec = DIMENSION_VALUES[dimension];
  if (spec === "judge") return (a, b) => judgeName(a).localeCompare(judgeName(b)) || a.localeCompare(b);
  return (a, b) => spec.values.indexOf(a) - spec.values.indexOf(b) || a.localeCompare(b);
}
