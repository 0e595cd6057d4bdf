/**
 * Names of defendants, victims and witnesses (HearingPersonalData) never belong in what a role without the
 * right to see them reads. The hearing report's own audit entries already store only that they changed;
 * this withholds any such value that reached an entry's before, after or meta by another way.
 */
export const PERSONAL_KEYS = ["defendantNames", "victimNames", "witnessNames", "juvenileDetails"] as const;
export const WITHHELD = "(withheld)";
/** What the report's audit entries store in place of a name: safe to show. */
const MARKERS = new Set(["(recorded)", "(changed)"]);

function isPersonalKey(key: string): boolean {
  const last = key.split(".").pop() ?? key;
  return key.startsWith("personal.") || (PERSONAL_KEYS as readonly string[]).includes(last);
}

export function redactPersonal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactPersonal);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, inner]) => {
      if (!isPersonalKey(key)) return [key, redactPersonal(inner)];
      const blank = inner === null || inner === undefined || inner === "";
      return [key, blank || (typeof inner === "string" && MARKERS.has(inner)) ? inner : WITHHELD];
    }),
  );
}
