/**
 * An audit entry's before and after as rows to read: one per field that differs (every field of the
 * record for a creation, which has no before), values in a short readable form.
 */
export interface ChangeRow {
  field: string;
  before: string | null;
  after: string | null;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function displayValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

export function changeRows(before: unknown, after: unknown): ChangeRow[] {
  const a = asRecord(before);
  const b = asRecord(after);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .filter((field) => JSON.stringify(a[field] ?? null) !== JSON.stringify(b[field] ?? null))
    .map((field) => ({ field, before: displayValue(a[field]), after: displayValue(b[field]) }));
}
