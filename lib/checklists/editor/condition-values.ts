import type { Condition } from "../condition";
import { isValidFactValue } from "./fact-domains";

/** The comparisons of a condition that name a value its fact can never have ("stage is HELD"). */
export function impossibleComparisons(condition: Condition | null): { fact: string; value: unknown }[] {
  if (!condition) return [];
  if ("all" in condition) return condition.all.flatMap(impossibleComparisons);
  if ("any" in condition) return condition.any.flatMap(impossibleComparisons);
  if ("not" in condition) return impossibleComparisons(condition.not);
  const values = "equals" in condition ? [condition.equals] : condition.in;
  return values.filter((value) => !isValidFactValue(condition.fact, value)).map((value) => ({ fact: condition.fact, value }));
}
