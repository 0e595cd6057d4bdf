import type { ComplianceRow } from "../compliance-queries";
import { FIGURES } from "../definitions";
import { groupLabel, questionText, standardLabel } from "../labels";
import type { ReportData } from "../report-queries";
import { count, interval, rank, rate, ratio, text, type Cell, type Column, type TableModel, type TableText } from "./table-model";

/** The per-standard tables: by standard, one standard by a dimension, all standards by a dimension, by question. */

function outcomeColumns(tx: TableText): Column[] {
  const { t } = tx;
  return [
    { key: "applicable", label: t(FIGURES.applicable.label), numeric: true },
    { key: "nonCompliant", label: t(FIGURES.nonCompliant.label), numeric: true },
    { key: "unclear", label: t(FIGURES.unclear.label), numeric: true },
    { key: "rate", label: t("columns.rate"), numeric: true },
    { key: "ci", label: t("columns.ci"), numeric: true },
    { key: "rank", label: t("columns.rank"), numeric: true },
  ];
}

function outcomeCells(row: ComplianceRow, measureOf: (part: "numerator" | "denominator" | "unclear") => Parameters<typeof count>[1]): Cell[] {
  return [
    count(row.applicable, measureOf("denominator")),
    count(row.nonCompliant, measureOf("numerator")),
    count(row.unclear, measureOf("unclear")),
    rate(row.rate, row.belowMinimumN),
    interval(row.ciLow, row.ciHigh),
    rank(row.rank, row.belowMinimumN),
  ];
}

const standardMeasure = (row: ComplianceRow) => (part: "numerator" | "denominator" | "unclear") =>
  ({ group: row.group, measure: { kind: "standard" as const, standard: row.standard.code, part } });

export function standardsTable(data: ReportData, tx: TableText): TableModel {
  return {
    id: "standards",
    title: tx.t("sections.standards"),
    definition: `${tx.t(FIGURES.standardRate.definition)} ${tx.t(FIGURES.applicable.definition)}`,
    columns: [{ key: "standard", label: tx.t("columns.standard"), numeric: false }, ...outcomeColumns(tx)],
    rows: data.standards.map((row) => [text(standardLabel(row.standard, tx.locale)), ...outcomeCells(row, standardMeasure(row))]),
  };
}

export function focusRows(data: ReportData): ComplianceRow[] {
  return data.breakdown.filter((row) => row.standard.code === data.view.focus);
}

export function breakdownTable(data: ReportData, tx: TableText): TableModel {
  const focus = data.reference.standards.find((s) => s.code === data.view.focus);
  const dimension = tx.t(`groupBy.${data.view.by}`);
  return {
    id: "breakdown",
    title: tx.t("sections.breakdown", { standard: focus ? standardLabel(focus, tx.locale) : data.view.focus, dimension }),
    definition: `${tx.t(FIGURES.standardRate.definition)} ${tx.t(FIGURES.applicable.definition)}`,
    columns: [{ key: "group", label: dimension, numeric: false }, ...outcomeColumns(tx)],
    rows: focusRows(data).map((row) => [text(groupLabel(row.group, data.reference, tx.locale, tx.enumLabel)), ...outcomeCells(row, standardMeasure(row))]),
  };
}

/** Groups down, standards across: each cell the rate with its numerator and denominator. */
export function matrixTable(data: ReportData, tx: TableText): TableModel {
  const standards = [...new Map(data.breakdown.map((r) => [r.standard.code, r.standard])).values()];
  const groups = [...new Map(data.breakdown.map((r) => [r.group.key, r.group])).values()];
  const cell = new Map(data.breakdown.map((r) => [`${r.group.key}|${r.standard.code}`, r]));
  return {
    id: "matrix",
    title: tx.t("sections.matrix", { dimension: tx.t(`groupBy.${data.view.by}`) }),
    definition: `${tx.t(FIGURES.standardRate.definition)} ${tx.t(FIGURES.applicable.definition)}`,
    columns: [
      { key: "group", label: tx.t(`groupBy.${data.view.by}`), numeric: false },
      ...standards.map((s) => ({ key: s.code, label: standardLabel(s, tx.locale), numeric: true })),
    ],
    rows: groups.map((group) => [
      text(groupLabel(group, data.reference, tx.locale, tx.enumLabel)),
      ...standards.map((s) => {
        const row = cell.get(`${group.key}|${s.code}`)!;
        const drill = standardMeasure(row);
        return ratio({ value: row.nonCompliant, drill: drill("numerator") }, { value: row.applicable, drill: drill("denominator") }, row.rate, row.belowMinimumN);
      }),
    ]),
  };
}

export function questionsTable(data: ReportData, tx: TableText): TableModel {
  const info = new Map(data.catalogue.map((q) => [q.code, q]));
  return {
    id: "questions",
    title: tx.t("sections.questions"),
    definition: `${tx.t("definitions.standardRate")} ${tx.t("definitions.questionRate")}`,
    columns: [
      { key: "standard", label: tx.t("columns.standard"), numeric: false },
      { key: "code", label: tx.t("columns.code"), numeric: false },
      { key: "question", label: tx.t("columns.question"), numeric: false },
      { key: "versions", label: tx.t("columns.versions"), numeric: false },
      ...outcomeColumns(tx),
    ],
    rows: data.questions.map((row) => {
      const question = info.get(row.questionCode);
      const measureOf = (part: "numerator" | "denominator" | "unclear") => ({ group: row.group, measure: { kind: "question" as const, question: row.questionCode, part } });
      return [
        text(String(row.standard.number)),
        text(row.questionCode),
        text(question ? questionText(question, tx.locale) : ""),
        text(question ? question.versions.join(", ") : ""),
        ...outcomeCells(row, measureOf),
      ];
    }),
  };
}
