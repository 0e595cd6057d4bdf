import { percentNumber } from "../format";
import type { Cell, TableModel, TableText } from "./table-model";

/**
 * A report table as plain columns for CSV and XLSX: counts and decimals as numbers, rates as percent
 * numbers with a column saying whether each is below the minimum n, intervals as low and high columns,
 * matrix cells as rate, numerator, denominator and flag. Same rows, same order as the screen.
 */
export interface FlatTable {
  header: string[];
  /** Per column: a percent (one decimal), a whole count, or anything else. */
  kinds: ("percent" | "count" | "other")[];
  rows: (string | number | boolean | null)[][];
}

type Shape = "single" | "rate" | "interval" | "ratio";

function shapeOf(table: TableModel, column: number): Shape {
  const kinds = new Set(table.rows.map((row) => row[column]?.kind));
  if (kinds.has("ratio")) return "ratio";
  if (kinds.has("interval")) return "interval";
  if (kinds.has("rate")) return "rate";
  return "single";
}

function single(cell: Cell): string | number | null {
  switch (cell.kind) {
    case "text": return cell.value;
    case "count": return cell.value;
    case "decimal": return cell.value === null ? null : Number(cell.value.toFixed(cell.digits));
    case "rank": return cell.value;
    default: return null;
  }
}

export function flattenTable(table: TableModel, tx: TableText, minimumN: number): FlatTable {
  const shapes = table.columns.map((_, i) => shapeOf(table, i));
  const header: string[] = [];
  const kinds: FlatTable["kinds"] = [];
  table.columns.forEach((column, i) => {
    const label = column.label;
    const flag = tx.t("exportColumns.flagged", { label, minimumN });
    switch (shapes[i]) {
      case "rate": header.push(tx.t("exportColumns.percent", { label }), flag); kinds.push("percent", "other"); break;
      case "interval": header.push(tx.t("exportColumns.ciLow", { label }), tx.t("exportColumns.ciHigh", { label })); kinds.push("percent", "percent"); break;
      case "ratio":
        header.push(tx.t("exportColumns.percent", { label }), tx.t("exportColumns.numerator", { label }), tx.t("exportColumns.denominator", { label }), flag);
        kinds.push("percent", "count", "count", "other");
        break;
      default: header.push(label); kinds.push(column.numeric ? "count" : "other");
    }
  });
  type Value = string | number | boolean | null;
  const rows = table.rows.map((row) => row.flatMap((cell, i): Value[] => {
    switch (shapes[i]) {
      case "rate": return cell.kind === "rate" ? [percentNumber(cell.value), cell.value !== null && cell.flagged] : [null, null];
      case "interval": return cell.kind === "interval" ? [percentNumber(cell.low), percentNumber(cell.high)] : [null, null];
      case "ratio": return cell.kind === "ratio"
        ? [percentNumber(cell.rate), cell.numerator.value, cell.denominator.value, cell.rate !== null && cell.flagged]
        : [null, null, null, null];
      default: return [single(cell)];
    }
  }));
  return { header, kinds, rows };
}
