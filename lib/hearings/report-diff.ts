import type { HearingReportValues } from "./schema";

/**
 * What differs between two versions of a report, field by field: the audit log records it on every save,
 * and the conflict panel shows it when a stale save is refused.
 */
export type ReportSection = "facts" | "personal" | "answers";

export interface ReportChange {
  section: ReportSection;
  key: string;
  before: unknown;
  after: unknown;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

function same(a: unknown, b: unknown): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");
  return a === b;
}

export function diffReports(before: HearingReportValues, after: HearingReportValues): ReportChange[] {
  const changes: ReportChange[] = [];
  for (const section of ["facts", "personal", "answers"] as const) {
    const a = before[section] as Record<string, unknown>;
    const b = after[section] as Record<string, unknown>;
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (!same(a[key], b[key])) changes.push({ section, key, before: a[key] ?? null, after: b[key] ?? null });
    }
  }
  return changes;
}

/** Codes of the free-text questions of a checklist: their answers may name people. */
export function freeTextCodes(questions: { code: string; answerType: string }[]): Set<string> {
  return new Set(questions.filter((q) => q.answerType === "TEXT").map((q) => q.code));
}

/**
 * The changes as the audit log keeps them: names of people, and the free text that may carry them (the
 * narrative, free-text answers), are never copied into the append-only log, only the fact that they changed.
 */
export function auditedChanges(changes: ReportChange[], freeText: Set<string> = new Set()): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const change of changes) {
    const key = `${change.section}.${change.key}`;
    const personal = change.section === "personal"
      || (change.section === "facts" && change.key === "narrative")
      || (change.section === "answers" && freeText.has(change.key));
    before[key] = personal ? (isBlank(change.before) ? null : "(recorded)") : change.before;
    after[key] = personal ? (isBlank(change.after) ? null : "(changed)") : change.after;
  }
  return { before, after };
}
