import type { Condition, ConditionFact } from "../condition";

/**
 * The condition editor's model: a list of comparisons joined by "all" or "any", each "fact is (one of)
 * values" or "fact is not (any of) values". It covers every condition of checklist version 1; anything
 * more deeply nested is edited as JSON.
 */
export type RowOperator = "is" | "isNot";
export type RowValue = string | boolean | number;

export interface ConditionRow {
  fact: ConditionFact;
  operator: RowOperator;
  values: RowValue[];
}

export interface BuilderState {
  /** "always": the question applies to every hearing. */
  mode: "always" | "all" | "any";
  rows: ConditionRow[];
}

function rowCondition(row: ConditionRow): Condition {
  const comparison: Condition = row.values.length === 1 ? { fact: row.fact, equals: row.values[0]! } : { fact: row.fact, in: row.values };
  return row.operator === "is" ? comparison : { not: comparison };
}

/** The condition a builder state stands for; rows without values are ignored (they are being edited). */
export function rowsToCondition(state: BuilderState): Condition | null {
  const rows = state.rows.filter((row) => row.values.length > 0);
  if (state.mode === "always" || rows.length === 0) return null;
  if (rows.length === 1) return rowCondition(rows[0]!);
  const parts = rows.map(rowCondition);
  return state.mode === "all" ? { all: parts } : { any: parts };
}

function leafRow(condition: Condition, operator: RowOperator): ConditionRow | null {
  if ("equals" in condition) return { fact: condition.fact, operator, values: [condition.equals] };
  if ("in" in condition) return { fact: condition.fact, operator, values: [...condition.in] };
  return null;
}

function rowOf(condition: Condition): ConditionRow | null {
  if ("not" in condition) return leafRow(condition.not, "isNot");
  return leafRow(condition, "is");
}

/** The builder state for a condition, or null when the condition is too nested for the builder. */
export function conditionToRows(condition: Condition | null): BuilderState | null {
  if (!condition) return { mode: "always", rows: [] };
  const group = "all" in condition ? { mode: "all" as const, parts: condition.all } : "any" in condition ? { mode: "any" as const, parts: condition.any } : null;
  if (!group) {
    const row = rowOf(condition);
    return row ? { mode: "all", rows: [row] } : null;
  }
  const rows = group.parts.map(rowOf);
  if (rows.some((row) => row === null)) return null;
  return { mode: group.mode, rows: rows as ConditionRow[] };
}
