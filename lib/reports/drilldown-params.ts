import type { GroupBy } from "./filter";
import { WHOLE, type GroupValue } from "./groups";
import { parseMeasure, type Measure } from "./indicators";

/**
 * The cell a drill-down link names: its group (groupBy + group) and its measure. Null when the measure
 * is missing or malformed; a group without a key is the whole filter.
 */
export function readDrilldownCell(params: { groupBy?: GroupBy; group?: string; measure?: string }, defaultMeasure?: Measure): { group: GroupValue; measure: Measure } | null {
  const measure = params.measure === undefined && defaultMeasure ? defaultMeasure : parseMeasure(params.measure);
  if (!measure) return null;
  const group = params.groupBy && params.groupBy !== "standard" && params.group ? { by: params.groupBy, key: params.group } : WHOLE;
  return { group, measure };
}
