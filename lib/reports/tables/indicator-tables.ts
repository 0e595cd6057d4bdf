import type { CaseIndicators } from "../case-indicator-queries";
import type { GroupValue } from "../groups";
import type { HearingIndicators } from "../hearing-indicator-queries";
import { HEARING_RATES, rateMeasure, type HearingRate } from "../indicators";
import { groupLabel } from "../labels";
import type { ReportData } from "../report-queries";
import type { Proportion } from "../stats";
import { count, decimal, interval, rate, ratio, text, type Cell, type TableModel, type TableText } from "./table-model";

/** Hearing-level and case-level indicator tables, for the whole filter and by the view's dimension. */

const EMPTY = text("");

function rateRow(label: string, p: Proportion, group: GroupValue, rateName: HearingRate, definition: string): Cell[] {
  return [
    text(label),
    count(p.numerator, { group, measure: rateMeasure(rateName, "numerator") }),
    count(p.denominator, { group, measure: rateMeasure(rateName, "denominator") }),
    rate(p.rate, p.belowMinimumN),
    interval(p.ciLow, p.ciHigh),
    EMPTY,
    text(definition),
  ];
}

export function hearingIndicatorsTable(data: ReportData, tx: TableText): TableModel {
  const { t } = tx;
  const h = data.hearings;
  const delayDenominator = count(h.delay.count, { group: h.group, measure: rateMeasure("lateStart", "denominator") });
  return {
    id: "hearing-indicators",
    title: t("sections.hearings"),
    columns: [
      { key: "indicator", label: t("columns.indicator"), numeric: false },
      { key: "numerator", label: t("columns.numerator"), numeric: true },
      { key: "denominator", label: t("columns.denominator"), numeric: true },
      { key: "rate", label: t("columns.rate"), numeric: true },
      { key: "ci", label: t("columns.ci"), numeric: true },
      { key: "value", label: t("columns.value"), numeric: true },
      { key: "definition", label: t("columns.definition"), numeric: false },
    ],
    rows: [
      [text(t("indicators.hearings")), count(h.hearings, { group: h.group, measure: { kind: "hearings" } }), EMPTY, EMPTY, EMPTY, EMPTY, text(t("definitions.hearings"))],
      ...HEARING_RATES.flatMap((name) => {
        const definition = t(`definitions.${name}`, { minutes: data.lateStartMinutes });
        const row = rateRow(t(`indicators.${name}`), h.rates[name], h.group, name, definition);
        if (name !== "lateStart") return [row];
        return [
          row,
          [text(t("indicators.meanDelay")), EMPTY, delayDenominator, EMPTY, EMPTY, decimal(h.delay.mean), text(t("definitions.meanDelay"))],
          [text(t("indicators.medianDelay")), EMPTY, delayDenominator, EMPTY, EMPTY, decimal(h.delay.median), text(t("definitions.medianDelay"))],
        ];
      }),
    ],
  };
}

export function reasonsTable(data: ReportData, tx: TableText): TableModel {
  const { t } = tx;
  const h = data.hearings;
  const adjourned = h.rates.adjourned.numerator;
  return {
    id: "reasons",
    title: t("sections.reasons"),
    definition: t("definitions.reasons"),
    columns: [
      { key: "reason", label: t("columns.reason"), numeric: false },
      { key: "hearings", label: t("columns.numerator"), numeric: true },
      { key: "adjourned", label: t("columns.adjourned"), numeric: true },
      { key: "share", label: t("columns.share"), numeric: true },
      { key: "ci", label: t("columns.ci"), numeric: true },
    ],
    rows: h.reasons.map((r) => [
      text(tx.enumLabel("adjournmentReason", r.reason)),
      count(r.numerator, { group: h.group, measure: { kind: "reason", reason: r.reason } }),
      count(adjourned, { group: h.group, measure: rateMeasure("adjourned", "numerator") }),
      rate(r.rate, r.belowMinimumN),
      interval(r.ciLow, r.ciHigh),
    ]),
  };
}

const BREAKDOWN_RATES: HearingRate[] = ["adjourned", "lateStart", "heldInPublic", "interpreterPresent", "withoutCounsel"];

export function hearingBreakdownTable(data: ReportData, tx: TableText): TableModel {
  const { t } = tx;
  const dimension = t(`groupBy.${data.view.by}`);
  return {
    id: "hearing-breakdown",
    title: t("sections.hearingsBreakdown", { dimension }),
    columns: [
      { key: "group", label: dimension, numeric: false },
      { key: "hearings", label: t("columns.hearings"), numeric: true },
      ...BREAKDOWN_RATES.map((name) => ({ key: name, label: t(`indicators.${name}`), numeric: true })),
      { key: "meanDelay", label: t("columns.meanDelay"), numeric: true },
      { key: "medianDelay", label: t("columns.medianDelay"), numeric: true },
    ],
    rows: data.hearingsBreakdown.map((g: HearingIndicators) => [
      text(groupLabel(g.group, data.reference, tx.locale, tx.enumLabel)),
      count(g.hearings, { group: g.group, measure: { kind: "hearings" } }),
      ...BREAKDOWN_RATES.map((name) => {
        const p = g.rates[name];
        return ratio(
          { value: p.numerator, drill: { group: g.group, measure: rateMeasure(name, "numerator") } },
          { value: p.denominator, drill: { group: g.group, measure: rateMeasure(name, "denominator") } },
          p.rate, p.belowMinimumN,
        );
      }),
      decimal(g.delay.mean),
      decimal(g.delay.median),
    ]),
  };
}

function caseCells(c: CaseIndicators): Cell[] {
  return [
    count(c.cases, { group: c.group, measure: { kind: "cases" } }),
    count(c.hearings, { group: c.group, measure: { kind: "hearings" } }),
    decimal(c.hearingsPerCase, 2),
    count(c.adjourned, { group: c.group, measure: rateMeasure("adjourned", "numerator") }),
    decimal(c.adjournmentsPerCase, 2),
    count(c.daysToVerdict.count, { group: c.group, measure: { kind: "verdicts" } }),
    decimal(c.daysToVerdict.mean),
    decimal(c.daysToVerdict.median),
  ];
}

const CASE_INDICATORS = ["cases", "hearings", "hearingsPerCase", "adjourned", "adjournmentsPerCase", "verdicts", "meanDaysToVerdict", "medianDaysToVerdict"] as const;
const CASE_DEFINITIONS: Record<(typeof CASE_INDICATORS)[number], string> = {
  cases: "cases", hearings: "hearings", hearingsPerCase: "hearingsPerCase", adjourned: "adjourned", adjournmentsPerCase: "adjournmentsPerCase",
  verdicts: "daysToVerdict", meanDaysToVerdict: "daysToVerdict", medianDaysToVerdict: "daysToVerdict",
};

/** One indicator a row, each with its definition. */
export function caseIndicatorsTable(data: ReportData, tx: TableText): TableModel {
  const { t } = tx;
  const cells = caseCells(data.cases);
  return {
    id: "case-indicators",
    title: t("sections.cases"),
    columns: [
      { key: "indicator", label: t("columns.indicator"), numeric: false },
      { key: "value", label: t("columns.value"), numeric: true },
      { key: "definition", label: t("columns.definition"), numeric: false },
    ],
    rows: CASE_INDICATORS.map((name, i) => [text(t(`indicators.${name}`)), cells[i]!, text(t(`definitions.${CASE_DEFINITIONS[name]}`))]),
  };
}

export function caseBreakdownTable(data: ReportData, tx: TableText): TableModel {
  const { t } = tx;
  const dimension = t(`groupBy.${data.view.by}`);
  return {
    id: "case-breakdown",
    title: t("sections.casesBreakdown", { dimension }),
    definition: `${t("definitions.cases")} ${t("definitions.daysToVerdict")}`,
    columns: [
      { key: "group", label: dimension, numeric: false },
      ...CASE_INDICATORS.map((name) => ({ key: name, label: t(`indicators.${name}`), numeric: true })),
    ],
    rows: data.casesBreakdown.map((c) => [text(groupLabel(c.group, data.reference, tx.locale, tx.enumLabel)), ...caseCells(c)]),
  };
}
