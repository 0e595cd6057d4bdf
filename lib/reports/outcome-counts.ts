import "server-only";
import { prisma } from "@/lib/db";
import type { GroupBy } from "./filter";
import type { ResolvedFilter } from "./resolve-filter";
import { and, dayRangesCondition, dimensionConditions, groupBy as groupByClause, groupJoin, groupKey, periodUnion, raw, sql, standardCondition, type Sql } from "./sql";
import { summaryTier, TIER_COLUMNS, type SummaryTier } from "./summary-tier";

/**
 * Applicable, non-compliant and unclear counts of approved hearings, per standard or per question code,
 * per group. Whole months come from the summaries (the smallest roll-up that can answer), edge days from
 * the per-hearing rows with their per-standard results or answers (answers only to questions of the
 * checklist version the hearing was filled on, so a hearing counts once across versions).
 */
export type OutcomeLevel = "standard" | "question";

export interface OutcomeCount {
  /** Group key as SQL gives it (court and region ids as text). */
  sqlKey: string;
  standardId: number;
  /** The question's code; "" for a standard. */
  questionCode: string;
  applicable: number;
  nonCompliant: number;
  unclear: number;
}

const TABLES: Record<OutcomeLevel, Record<SummaryTier, string>> = {
  standard: { full: "ReportStandardMonth", courtCategory: "ReportStandardCourtCategoryMonth", court: "ReportStandardCourtMonth", caseType: "ReportStandardCaseTypeMonth" },
  question: { full: "ReportQuestionMonth", courtCategory: "ReportQuestionCourtCategoryMonth", court: "ReportQuestionCourtMonth", caseType: "ReportQuestionCaseTypeMonth" },
};

function fromSummary(level: OutcomeLevel, tier: SummaryTier, filter: ResolvedFilter, from: string, to: string): Sql {
  const columns = TIER_COLUMNS[tier];
  const courtId = columns.court ? sql`s."courtId"` : sql`NULL::int`;
  const category = columns.category ? sql`s."category"` : sql`NULL::"CaseCategory"`;
  const subject = columns.subject ? sql`s."subject"` : sql`NULL::"CaseSubject"`;
  const code = level === "question" ? sql`s."questionCode"` : sql`''::text`;
  return sql`SELECT s."month", ${courtId} AS "courtId", ${category} AS "category", ${subject} AS "subject",
      s."standardId", ${code} AS "questionCode", s."applicable", s."nonCompliant", s."unclear"
    FROM ${raw(`"${TABLES[level][tier]}"`)} s
    WHERE s."month" BETWEEN ${from}::date AND ${to}::date
      AND ${and([...dimensionConditions(filter, "s", columns), ...standardCondition(filter, sql`s."standardId"`)])}`;
}

function fromHearings(level: OutcomeLevel, filter: ResolvedFilter, ranges: { from: string; to: string }[]): Sql {
  const conditions = and([dayRangesCondition(sql`rh."courtDay"`, ranges), ...dimensionConditions(filter, "rh")]);
  if (level === "standard") {
    return sql`SELECT rh."month", rh."courtId", rh."category", rh."subject", r."standardId", ''::text AS "questionCode",
        (r."result" IN ('COMPLIANT', 'NON_COMPLIANT'))::int AS "applicable", (r."result" = 'NON_COMPLIANT')::int AS "nonCompliant",
        (r."result" = 'UNCLEAR')::int AS "unclear"
      FROM "ReportHearing" rh JOIN "HearingStandardResult" r ON r."hearingId" = rh."hearingId"
      WHERE ${conditions} AND ${and(standardCondition(filter, sql`r."standardId"`))}`;
  }
  return sql`SELECT rh."month", rh."courtId", rh."category", rh."subject", a."standardId", a."questionCode",
      (a."compliance" IN ('COMPLIANT', 'NON_COMPLIANT'))::int AS "applicable", (a."compliance" = 'NON_COMPLIANT')::int AS "nonCompliant",
      (a."compliance" = 'UNCLEAR')::int AS "unclear"
    FROM "ReportHearing" rh
    JOIN "Answer" a ON a."hearingId" = rh."hearingId"
    JOIN "ChecklistQuestion" q ON q."id" = a."questionId" AND q."versionId" = rh."checklistVersionId"
    WHERE ${conditions} AND ${and(standardCondition(filter, sql`a."standardId"`))}`;
}

const NOTHING = sql`SELECT NULL::date AS "month", NULL::int AS "courtId", NULL::"CaseCategory" AS "category",
  NULL::"CaseSubject" AS "subject", NULL::int AS "standardId", ''::text AS "questionCode", 0 AS "applicable",
  0 AS "nonCompliant", 0 AS "unclear" WHERE FALSE`;

export async function outcomeCounts(level: OutcomeLevel, filter: ResolvedFilter, groupBy: GroupBy): Promise<OutcomeCount[]> {
  const tier = summaryTier({
    courtFilter: filter.courtIds !== null,
    categoryFilter: filter.categories.length > 0,
    subjectFilter: filter.subjects.length > 0,
    groupBy,
  });
  const source = periodUnion(filter, {
    months: (from, to) => fromSummary(level, tier, filter, from, to),
    days: (ranges) => fromHearings(level, filter, ranges),
    nothing: NOTHING,
  });
  return prisma.$queryRaw<OutcomeCount[]>(sql`
    SELECT ${groupKey(groupBy)} AS "sqlKey", x."standardId", x."questionCode",
      sum(x."applicable")::int AS "applicable", sum(x."nonCompliant")::int AS "nonCompliant", sum(x."unclear")::int AS "unclear"
    FROM (${source}) x ${groupJoin(groupBy)}
    ${groupByClause(groupBy, [sql`x."standardId"`, sql`x."questionCode"`])}
    -- A group whose reports all left APPROVED stays in the summary as zeros: leave it out.
    HAVING sum(x."applicable") <> 0 OR sum(x."unclear") <> 0`);
}
