import "server-only";
import { prisma } from "@/lib/db";
import type { GroupBy } from "./filter";
import { groupKeyOf, groupOrder, monthKeys, WHOLE, type GroupValue } from "./groups";
import { outcomeCounts, type OutcomeCount } from "./outcome-counts";
import type { ReportReference, StandardRef } from "./reference-queries";
import type { ResolvedFilter } from "./resolve-filter";
import { proportion, rankByRate, type Proportion } from "./stats";

/**
 * Per fair-trial standard (or per question code): of the approved hearings where it applied, how many
 * were non-compliant, the rate with its 95% Wilson interval, the minimum-n flag and the rank among the
 * rows that may be ranked. "Unclear" answers count in neither the numerator nor the denominator.
 */
export interface ComplianceRow extends Proportion {
  standard: StandardRef;
  group: GroupValue;
  applicable: number;
  nonCompliant: number;
  unclear: number;
  /** 1 = highest rate. Null below the minimum n, without a denominator, and in a trend (by month). */
  rank: number | null;
}

export interface QuestionRow extends ComplianceRow {
  questionCode: string;
}

function toRow(count: Pick<OutcomeCount, "applicable" | "nonCompliant" | "unclear"> | undefined, minimumN: number) {
  const applicable = count?.applicable ?? 0;
  const nonCompliant = count?.nonCompliant ?? 0;
  return { applicable, nonCompliant, unclear: count?.unclear ?? 0, ...proportion(nonCompliant, applicable, minimumN) };
}

/** Groups to show: those with any approved hearing counted, and every month of a trend. */
function groupsOf(counts: OutcomeCount[], groupBy: GroupBy, filter: ResolvedFilter, reference: ReportReference): GroupValue[] {
  if (groupBy === "standard") return [WHOLE];
  const keyOf = groupKeyOf(groupBy, reference);
  const keys = new Set(counts.map((c) => keyOf(c.sqlKey)));
  if (groupBy === "month") for (const month of monthKeys(filter)) keys.add(month);
  return [...keys].map((key) => ({ by: groupBy, key })).sort(groupOrder(groupBy, reference));
}

/** Ranks rows of one series (a standard, a question) across groups; by standard, all rows form one series. */
function withRanks<T extends ComplianceRow>(rows: Omit<T, "rank">[], groupBy: GroupBy, seriesOf: (row: Omit<T, "rank">) => string): T[] {
  const ranked = rows.map((row) => ({ ...row, rank: null })) as T[];
  if (groupBy === "month") return ranked;
  const series = new Map<string, number[]>();
  ranked.forEach((row, index) => {
    const key = groupBy === "standard" ? "" : seriesOf(row);
    series.set(key, [...(series.get(key) ?? []), index]);
  });
  for (const indexes of series.values()) {
    const ranks = rankByRate(indexes.map((i) => ranked[i]!));
    indexes.forEach((i, position) => (ranked[i]!.rank = ranks[position]!));
  }
  return ranked;
}

export async function complianceByStandard(filter: ResolvedFilter, groupBy: GroupBy, reference: ReportReference): Promise<ComplianceRow[]> {
  const counts = await outcomeCounts("standard", filter, groupBy);
  const standards = reference.standards.filter((s) => !filter.standardIds || filter.standardIds.includes(s.id));
  const groups = groupsOf(counts, groupBy, filter, reference);
  const keyOf = groupKeyOf(groupBy, reference);
  const byKey = new Map(counts.map((c) => [`${keyOf(c.sqlKey)}|${c.standardId}`, c]));
  const rows = standards.flatMap((standard) =>
    groups.map((group) => ({ standard, group, ...toRow(byKey.get(`${group.key}|${standard.id}`), filter.minimumN) })),
  );
  return withRanks<ComplianceRow>(rows, groupBy, (row) => row.standard.code);
}

export interface QuestionInfo {
  code: string;
  standardId: number;
  textEn: string;
  textSq: string;
  textSr: string;
  /** Checklist version numbers the code appears in. */
  versions: number[];
}

/** Question codes with their wording from the latest version that has them, and the versions they span. */
export async function questionCatalogue(): Promise<QuestionInfo[]> {
  const questions = await prisma.checklistQuestion.findMany({
    where: { version: { status: "PUBLISHED" } },
    select: { code: true, standardId: true, textEn: true, textSq: true, textSr: true, position: true, version: { select: { number: true } } },
    orderBy: [{ version: { number: "desc" } }, { position: "asc" }],
  });
  const byCode = new Map<string, QuestionInfo & { position: number }>();
  for (const q of questions) {
    const known = byCode.get(q.code);
    if (known) known.versions.unshift(q.version.number);
    else byCode.set(q.code, { code: q.code, standardId: q.standardId, textEn: q.textEn, textSq: q.textSq, textSr: q.textSr, versions: [q.version.number], position: q.position });
  }
  return [...byCode.values()].map(({ position: _position, ...info }) => info);
}

/** The same figures per question code, rolled up across checklist versions. */
export async function complianceByQuestion(filter: ResolvedFilter, groupBy: GroupBy, reference: ReportReference): Promise<QuestionRow[]> {
  const [counts, catalogue] = await Promise.all([outcomeCounts("question", filter, groupBy), questionCatalogue()]);
  const standardOf = new Map(reference.standards.map((s) => [s.id, s]));
  const groups = groupsOf(counts, groupBy, filter, reference);
  const keyOf = groupKeyOf(groupBy, reference);
  const byKey = new Map(counts.map((c) => [`${keyOf(c.sqlKey)}|${c.questionCode}`, c]));
  const questions = catalogue
    .filter((q) => !filter.standardIds || filter.standardIds.includes(q.standardId))
    .sort((a, b) => standardOf.get(a.standardId)!.number - standardOf.get(b.standardId)!.number);
  const rows = questions.flatMap((question) =>
    groups.map((group) => ({
      standard: standardOf.get(question.standardId)!,
      questionCode: question.code,
      group,
      ...toRow(byKey.get(`${group.key}|${question.code}`), filter.minimumN),
    })),
  );
  return withRanks<QuestionRow>(rows, groupBy, (row) => row.questionCode);
}
