/** What a draft changes compared with the version it was made from: shown while editing, kept in the audit log on publishing. */
export interface ComparableQuestion {
  code: string;
  standardId: number;
  answerType: string;
  options: unknown;
  condition: unknown;
  nonCompliantAnswers: unknown;
  required: boolean;
  textEn: string;
  textSq: string;
  textSr: string;
  helpEn: string | null;
  helpSq: string | null;
  helpSr: string | null;
}

export interface VersionChanges {
  added: string[];
  /** Codes the draft no longer asks: their answers stay in older reports, and the code stays tied to its standard. */
  retired: string[];
  changed: string[];
}

const COMPARED: (keyof ComparableQuestion)[] = [
  "standardId", "answerType", "options", "condition", "nonCompliantAnswers", "required", "textEn", "textSq", "textSr", "helpEn", "helpSq", "helpSr",
];

/** Position, ids and version are left out: moving a question or copying it to a new version changes nothing it asks. */
function fingerprint(q: ComparableQuestion): string {
  return JSON.stringify(COMPARED.map((key) => q[key] ?? null));
}

export function versionChanges(base: ComparableQuestion[], draft: ComparableQuestion[]): VersionChanges {
  const before = new Map(base.map((q) => [q.code, q]));
  const after = new Map(draft.map((q) => [q.code, q]));
  return {
    added: draft.filter((q) => !before.has(q.code)).map((q) => q.code),
    retired: base.filter((q) => !after.has(q.code)).map((q) => q.code),
    changed: draft.filter((q) => before.has(q.code) && fingerprint(before.get(q.code)!) !== fingerprint(q)).map((q) => q.code),
  };
}
