import { AdjournmentReason } from "@/lib/generated/prisma/enums";
import type { ComplianceRow } from "@/lib/reports/compliance-queries";
import type { GroupValue } from "@/lib/reports/groups";
import type { HearingIndicators, ReasonShare } from "@/lib/reports/hearing-indicator-queries";
import { FLAG_INDICATORS, type HearingRate } from "@/lib/reports/indicators";
import type { StandardRef } from "@/lib/reports/reference-queries";
import { proportion, type Proportion } from "@/lib/reports/stats";
import { rateTrend, valueTrend, type Polarity, type RateTrend, type ValueTrend } from "./trend";

/**
 * The courts' conduct in a period next to the previous one, from the report queries' own rows
 * (hearingIndicators and complianceByStandard): adjournments and their main reasons, late starts and the
 * mean delay, public access, interpretation, and the standards most often breached.
 */
export const CONDUCT_RATES = [
  { indicator: "adjourned", polarity: "higherIsWorse" },
  { indicator: "lateStart", polarity: "higherIsWorse" },
  { indicator: "heldInPublic", polarity: "higherIsBetter" },
  { indicator: "announced", polarity: "higherIsBetter" },
  { indicator: "interpreterPresent", polarity: "higherIsBetter" },
] as const satisfies readonly { indicator: HearingRate; polarity: Polarity }[];
export type ConductRate = (typeof CONDUCT_RATES)[number]["indicator"];

export const TOP_STANDARDS = 5;
export const TOP_REASONS = 3;

export interface PeriodFigures {
  indicators: HearingIndicators;
  standards: ComplianceRow[];
}

export interface ConductFigures {
  hearings: ValueTrend;
  rates: { indicator: ConductRate; trend: RateTrend }[];
  /** Mean minutes late over the hearings whose start was recorded; `measured` says how many, now and before. */
  meanDelay: ValueTrend & { measured: number; previousMeasured: number };
  reasons: { reason: ReasonShare["reason"]; trend: RateTrend }[];
  standards: { standard: StandardRef; rank: number | null; trend: RateTrend }[];
}

/**
 * The standards with the highest non-compliance that may be ranked (at or above the minimum n), best
 * ranked first; ties keep the standards' order.
 */
export function topNonCompliant(rows: ComplianceRow[], count = TOP_STANDARDS): ComplianceRow[] {
  return rows
    .filter((row) => row.rank !== null && row.nonCompliant > 0)
    .sort((a, b) => a.rank! - b.rank! || a.standard.number - b.standard.number)
    .slice(0, count);
}

/** The reasons given most often in the period, most frequent first. */
export function topReasons(indicators: HearingIndicators, count = TOP_REASONS): ReasonShare[] {
  return indicators.reasons.filter((r) => r.numerator > 0).sort((a, b) => b.numerator - a.numerator).slice(0, count);
}

/**
 * The figures of one place (the filter, or one region) for `now` against `before`. `standards` are the
 * standards to show (the whole filter's top five, so that regions are compared on the same ones) and
 * `reasons` the adjournment reasons; by default this place's own. A standard with no row (nothing
 * approved there) shows without a rate.
 */
export function conductFigures(now: PeriodFigures, before: PeriodFigures, { minimumN, standards, reasons }: { minimumN: number; standards?: StandardRef[]; reasons?: ReasonShare["reason"][] }): ConductFigures {
  const shown = standards ?? topNonCompliant(now.standards).map((row) => row.standard);
  const reasonCodes = reasons ?? topReasons(now.indicators).map((r) => r.reason);
  const shareOf = (indicators: HearingIndicators, reason: ReasonShare["reason"]) => indicators.reasons.find((r) => r.reason === reason)!;
  return {
    hearings: valueTrend(now.indicators.hearings, before.indicators.hearings),
    rates: CONDUCT_RATES.map(({ indicator, polarity }) => ({
      indicator,
      trend: rateTrend(now.indicators.rates[indicator], before.indicators.rates[indicator], polarity),
    })),
    meanDelay: { ...valueTrend(now.indicators.delay.mean, before.indicators.delay.mean), measured: now.indicators.delay.count, previousMeasured: before.indicators.delay.count },
    reasons: reasonCodes.map((reason) => ({ reason, trend: rateTrend(shareOf(now.indicators, reason), shareOf(before.indicators, reason), "neutral") })),
    standards: shown.map((standard) => {
      const current = now.standards.find((row) => row.standard.code === standard.code);
      const rate = (row: ComplianceRow | undefined): Proportion => row ?? proportion(0, 0, minimumN);
      return { standard, rank: current?.rank ?? null, trend: rateTrend(rate(current), rate(before.standards.find((row) => row.standard.code === standard.code)), "higherIsWorse") };
    }),
  };
}

/**
 * A group's row of a breakdown, or the row of a group where nothing was approved (the report queries
 * leave such groups out): no hearings, every rate without a denominator.
 */
export function indicatorsOf(rows: HearingIndicators[], group: GroupValue, minimumN: number): HearingIndicators {
  const found = rows.find((row) => row.group.by === group.by && row.group.key === group.key);
  if (found) return found;
  const none = proportion(0, 0, minimumN);
  const rates = Object.fromEntries([...FLAG_INDICATORS, "lateStart"].map((key) => [key, none])) as HearingIndicators["rates"];
  return {
    group, hearings: 0, rates, delay: { count: 0, mean: null, median: null },
    reasons: (Object.values(AdjournmentReason) as AdjournmentReason[]).map((reason) => ({ reason, ...none })),
  };
}
