import type { GroupValue } from "../groups";
import type { Measure } from "../indicators";
import type { EnumLabel } from "../labels";
import type { ReportTable } from "../links";

/**
 * A report table as data: the screen renders it (numbers as links to their hearings, flags beside
 * rates) and the CSV and XLSX exports write it, so that a downloaded table holds the rows of the screen.
 */
export type Cell =
  | { kind: "text"; value: string }
  /** A count of hearings (or cases), with the hearings behind it. */
  | { kind: "count"; value: number; drill?: { group: GroupValue; measure: Measure } }
  /** A share in [0, 1]; null where nothing was measured. Flagged below the minimum n. */
  | { kind: "rate"; value: number | null; flagged: boolean }
  | { kind: "interval"; low: number | null; high: number | null }
  | { kind: "decimal"; value: number | null; digits: number }
  | { kind: "rank"; value: number | null; flagged: boolean }
  /** A rate with its numerator and denominator, each leading to its hearings (a cell of a matrix). */
  | { kind: "ratio"; numerator: Cell & { kind: "count" }; denominator: Cell & { kind: "count" }; rate: number | null; flagged: boolean };

export interface Column {
  key: string;
  label: string;
  /** Right-aligned, tabular figures. */
  numeric: boolean;
}

export interface TableModel {
  id: ReportTable;
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** The plain-words definition shown with the table. */
  definition?: string;
}

/** The reports namespace translator and the labels of codes, in the reader's language. */
export interface TableText {
  t: (key: string, values?: Record<string, string | number>) => string;
  enumLabel: EnumLabel;
  locale: string;
}

export const text = (value: string): Cell => ({ kind: "text", value });
export const count = (value: number, drill?: { group: GroupValue; measure: Measure }): Cell => ({ kind: "count", value, drill });
export const rate = (value: number | null, flagged: boolean): Cell => ({ kind: "rate", value, flagged });
export const interval = (low: number | null, high: number | null): Cell => ({ kind: "interval", low, high });
export const decimal = (value: number | null, digits = 1): Cell => ({ kind: "decimal", value, digits });
export const rank = (value: number | null, flagged: boolean): Cell => ({ kind: "rank", value, flagged });
export const ratio = (
  numerator: { value: number; drill?: { group: GroupValue; measure: Measure } },
  denominator: { value: number; drill?: { group: GroupValue; measure: Measure } },
  rateValue: number | null,
  flagged: boolean,
): Cell => ({ kind: "ratio", numerator: { kind: "count", ...numerator }, denominator: { kind: "count", ...denominator }, rate: rateValue, flagged });
