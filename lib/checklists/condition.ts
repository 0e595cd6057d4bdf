import { cleanString } from "@/lib/validation/clean-string";
import { z } from "@/lib/validation/zod";

/**
 * When a checklist question applies, written as data over the hearing's facts, so that an admin can
 * change the checklist without a developer: {"fact":"juvenileInvolved","equals":true},
 * {"fact":"stage","in":["INITIAL","MAIN_TRIAL"]}, combined with all / any / not.
 */
export const CONDITION_FACTS = [
  "status",
  "stage",
  "caseCategory",
  "caseSubject",
  "closedToPublic",
  "interpretationNeeded",
  "defendantsPresent",
  "detentionStatus",
  "defenceCounsel",
  "victimInvolved",
  "juvenileInvolved",
  "verdictPronounced",
  "protectionOrder",
] as const;

export type ConditionFact = (typeof CONDITION_FACTS)[number];
export type FactValue = string | boolean | number | null;
export type ConditionFacts = Partial<Record<ConditionFact, FactValue | undefined>>;

export type Condition =
  | { fact: ConditionFact; equals: Exclude<FactValue, null> }
  | { fact: ConditionFact; in: Exclude<FactValue, null>[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const factValue = z.union([cleanString().max(64), z.boolean(), z.number()]);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ fact: z.enum(CONDITION_FACTS), equals: factValue }),
    z.strictObject({ fact: z.enum(CONDITION_FACTS), in: z.array(factValue).min(1).max(50) }),
    z.strictObject({ all: z.array(conditionSchema).min(1).max(20) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(20) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

/**
 * True when the condition holds. A fact not yet recorded (null or missing) satisfies no comparison, so a
 * question hangs on an unknown fact only through `not`: "not closed" holds until the hearing is marked closed.
 */
export function evaluateCondition(condition: Condition | null | undefined, facts: ConditionFacts): boolean {
  if (!condition) return true;
  if ("all" in condition) return condition.all.every((c) => evaluateCondition(c, facts));
  if ("any" in condition) return condition.any.some((c) => evaluateCondition(c, facts));
  if ("not" in condition) return !evaluateCondition(condition.not, facts);
  const actual = facts[condition.fact];
  if (actual === null || actual === undefined) return false;
  if ("equals" in condition) return actual === condition.equals;
  return condition.in.includes(actual);
}

/** The facts a condition reads, so that a form knows which fields can show or hide a question. */
export function conditionFacts(condition: Condition | null | undefined): ConditionFact[] {
  if (!condition) return [];
  if ("all" in condition) return [...new Set(condition.all.flatMap(conditionFacts))];
  if ("any" in condition) return [...new Set(condition.any.flatMap(conditionFacts))];
  if ("not" in condition) return conditionFacts(condition.not);
  return [condition.fact];
}
