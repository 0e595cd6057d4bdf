import { AdjournmentReason } from "@/lib/generated/prisma/enums";

/**
 * The indicators of the report and the "measures" a drill-down link names: which hearings stand behind
 * one number (a numerator or a denominator). Pure: pages build links with formatMeasure, the drill-down
 * page reads them back with parseMeasure.
 */

/** Hearing-level rates kept as a nullable flag per hearing (null: outside the denominator). */
export const FLAG_INDICATORS = ["adjourned", "heldInPublic", "announced", "recorded", "interpreterPresent", "withoutCounsel"] as const;
export type FlagIndicator = (typeof FLAG_INDICATORS)[number];

/** The hearing-level rates in the order the report shows them. */
export const HEARING_RATES = ["adjourned", "lateStart", "heldInPublic", "announced", "recorded", "interpreterPresent", "withoutCounsel"] as const;
export type HearingRate = (typeof HEARING_RATES)[number];

export type Part = "numerator" | "denominator";

export type Measure =
  | { kind: "hearings" }
  | { kind: "flag"; indicator: FlagIndicator; part: Part }
  | { kind: "lateStart"; part: Part }
  | { kind: "reason"; reason: AdjournmentReason }
  | { kind: "standard"; standard: string; part: Part | "unclear" }
  | { kind: "question"; question: string; part: Part | "unclear" }
  /** Distinct cases with an approved hearing in the period: one row per case. */
  | { kind: "cases" }
  /** Cases whose verdict falls in the period: one row per case. */
  | { kind: "verdicts" };

export function rateMeasure(rate: HearingRate, part: Part): Measure {
  return rate === "lateStart" ? { kind: "lateStart", part } : { kind: "flag", indicator: rate, part };
}

export function formatMeasure(measure: Measure): string {
  switch (measure.kind) {
    case "hearings":
    case "cases":
    case "verdicts":
      return measure.kind;
    case "flag": return `flag.${measure.indicator}.${measure.part}`;
    case "lateStart": return `lateStart.${measure.part}`;
    case "reason": return `reason.${measure.reason}`;
    case "standard": return `standard.${measure.standard}.${measure.part}`;
    case "question": return `question.${measure.question}.${measure.part}`;
  }
}

const PARTS = ["numerator", "denominator"];
const OUTCOME_PARTS = [...PARTS, "unclear"];

export function parseMeasure(value: string | undefined | null): Measure | null {
  if (!value || value.length > 80) return null;
  const [kind, a, b, ...rest] = value.split(".");
  if (rest.length) return null;
  switch (kind) {
    case "hearings":
    case "cases":
    case "verdicts":
      return a === undefined ? { kind } : null;
    case "flag":
      return (FLAG_INDICATORS as readonly string[]).includes(a ?? "") && PARTS.includes(b ?? "")
        ? { kind, indicator: a as FlagIndicator, part: b as Part } : null;
    case "lateStart":
      return PARTS.includes(a ?? "") && b === undefined ? { kind, part: a as Part } : null;
    case "reason":
      return (Object.values(AdjournmentReason) as string[]).includes(a ?? "") && b === undefined ? { kind, reason: a as AdjournmentReason } : null;
    case "standard":
      return /^S\d{2}$/.test(a ?? "") && OUTCOME_PARTS.includes(b ?? "") ? { kind, standard: a!, part: b as Part } : null;
    case "question":
      return /^[A-Z][A-Z0-9_]{0,59}$/.test(a ?? "") && OUTCOME_PARTS.includes(b ?? "") ? { kind, question: a!, part: b as Part } : null;
    default:
      return null;
  }
}
