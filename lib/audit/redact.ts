/**
 * Personal data by field name: names of defendants, victims and witnesses, juvenile details
 * (HearingPersonalData) and the narrative, at any depth of a value ("personal.victimNames",
 * { witnessNames }). The hearing report's own audit entries store only that such a field changed; this
 * withholds any such value that reached an entry, an action's result or an error's details by another way.
 */
export const PERSONAL_KEYS = ["defendantNames", "victimNames", "witnessNames", "juvenileDetails", "narrative"] as const;
export const WITHHELD = "(withheld)";
/** What the report's audit entries store in place of a name: safe to show. */
const MARKERS = new Set(["(recorded)", "(changed)"]);

export function isPersonalKey(key: string): boolean {
  const last = key.split(".").pop() ?? key;
  return key.startsWith("personal.") || (PERSONAL_KEYS as readonly string[]).includes(last);
}

/** A personal field's value as a reader without the right sees it: blanks and markers stay, the rest is withheld. */
export function withheldValue(value: unknown): unknown {
  const blank = value === null || value === undefined || value === "";
  return blank || (typeof value === "string" && MARKERS.has(value)) ? value : WITHHELD;
}

export function redactPersonal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactPersonal);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, inner]) => [key, isPersonalKey(key) ? withheldValue(inner) : redactPersonal(inner)]),
  );
}
