import type { CellValue } from "./writers";

/**
 * A stored value (an answer's JSON, or a standard's result) as a data set cell: the choices of a
 * multiple-choice answer joined by ";" in the order given, anything else as its text (YES, 3, true), so
 * the columns read the same in CSV and in Excel whatever the answer type.
 */
export function answerCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  return Array.isArray(value) ? value.map(String).join(";") : String(value);
}
