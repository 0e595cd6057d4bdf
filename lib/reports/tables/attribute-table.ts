import { FIGURES } from "../definitions";
import type { DimensionValue } from "../dimension-queries";
import { DIMENSION_VALUES } from "../dimensions";
import { standardLabel } from "../labels";
import type { ReportData } from "../report-queries";
import { count, interval, rate, text, type TableModel, type TableText } from "./table-model";

/** A value of a hearing attribute in words: the enum's label, or the judge's name. */
export function attributeValueLabel(dimension: keyof typeof DIMENSION_VALUES, value: DimensionValue, tx: TableText): string {
  const spec = DIMENSION_VALUES[dimension];
  return spec === "judge" ? value.name ?? value.key : tx.enumLabel(spec.enumKey as never, value.key);
}

/**
 * Every standard by one hearing attribute (gender of a party, judge, language, detention, counsel): the
 * approved hearings with each value, then each standard's figures as in the other compliance tables.
 */
export function attributeTable(data: ReportData, tx: TableText): TableModel {
  const { t } = tx;
  const breakdown = data.attribute;
  const dimension = data.view.attribute;
  const values = new Map((breakdown?.values ?? []).map((v) => [v.key, v]));
  return {
    id: "attribute",
    title: t("sections.dimension", { dimension: t(`dimensions.${dimension}`) }),
    definition: `${t(FIGURES.standardRate.definition)} ${t(FIGURES.applicable.definition)} ${t("definitions.dimension")}`,
    columns: [
      { key: "standard", label: t("columns.standard"), numeric: false },
      { key: "value", label: t(`dimensions.${dimension}`), numeric: false },
      { key: "hearings", label: t(FIGURES.hearings.label), numeric: true },
      { key: "applicable", label: t(FIGURES.applicable.label), numeric: true },
      { key: "nonCompliant", label: t(FIGURES.nonCompliant.label), numeric: true },
      { key: "unclear", label: t(FIGURES.unclear.label), numeric: true },
      { key: "rate", label: t(FIGURES.standardRate.label), numeric: true },
      { key: "ci", label: t(FIGURES.ci.label), numeric: true },
    ],
    rows: (breakdown?.rows ?? []).map((row) => {
      const value = values.get(row.value)!;
      return [
        text(standardLabel(row.standard, tx.locale)), text(attributeValueLabel(dimension, value, tx)), count(value.hearings),
        count(row.applicable), count(row.nonCompliant), count(row.unclear), rate(row.rate, row.belowMinimumN), interval(row.ciLow, row.ciHigh),
      ];
    }),
  };
}
