// The baselines of the report benchmark: each report aggregate written as one plain SQL query over the
// base tables (answers, hearings, cases), with no summary table, as an analyst would write it by hand.
// The benchmark runs both on the same database and checks that they agree.

export interface RawPeriod {
  from: string;
  to: string;
  courtCode?: string;
  category?: string;
}

/** Approved hearings scheduled in the period (court days), with the period's optional filters. */
function approvedIn(p: RawPeriod, h = "h", k = "k"): string {
  const parts = [
    `${h}."reviewState" = 'APPROVED'`,
    `${h}."scheduledAt" >= ('${p.from}'::timestamp AT TIME ZONE 'Europe/Belgrade') AT TIME ZONE 'UTC'`,
    `${h}."scheduledAt" < (('${p.to}'::date + 1)::timestamp AT TIME ZONE 'Europe/Belgrade') AT TIME ZONE 'UTC'`,
  ];
  if (p.courtCode) parts.push(`${h}."courtId" = (SELECT "id" FROM "Court" WHERE "code" = '${p.courtCode}')`);
  if (p.category) parts.push(`${k}."category" = '${p.category}'`);
  return parts.join(" AND ");
}

const GROUPS = {
  standard: `''`,
  court: `c."code"`,
  month: `to_char((h."scheduledAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Belgrade', 'YYYY-MM')`,
  subject: `k."subject"::text`,
} as const;
export type RawGroup = keyof typeof GROUPS;

/** Per standard (and group): hearings where it applied and hearings non-compliant, from the answers. */
export function rawCompliance(p: RawPeriod, group: RawGroup): string {
  return `
    SELECT g AS "group", s."code" AS "standard", count(*) FILTER (WHERE applicable)::int AS "applicable", count(*) FILTER (WHERE breached)::int AS "nonCompliant"
    FROM (
      SELECT ${GROUPS[group]} AS g, a."hearingId", a."standardId",
        bool_or(a."compliance" IN ('COMPLIANT', 'NON_COMPLIANT')) AS applicable, bool_or(a."compliance" = 'NON_COMPLIANT') AS breached
      FROM "Answer" a
      JOIN "Hearing" h ON h."id" = a."hearingId"
      JOIN "ChecklistQuestion" q ON q."id" = a."questionId" AND q."versionId" = h."checklistVersionId"
      JOIN "Case" k ON k."id" = h."caseId"
      JOIN "Court" c ON c."id" = h."courtId"
      WHERE ${approvedIn(p)}
      GROUP BY 1, 2, 3
    ) per_hearing
    JOIN "Standard" s ON s."id" = per_hearing."standardId"
    GROUP BY 1, 2 HAVING count(*) FILTER (WHERE applicable) > 0`;
}

/** Per question code: answers applicable and non-compliant. */
export function rawQuestions(p: RawPeriod): string {
  return `
    SELECT a."questionCode" AS "code", count(*) FILTER (WHERE a."compliance" IN ('COMPLIANT', 'NON_COMPLIANT'))::int AS "applicable",
      count(*) FILTER (WHERE a."compliance" = 'NON_COMPLIANT')::int AS "nonCompliant"
    FROM "Answer" a
    JOIN "Hearing" h ON h."id" = a."hearingId"
    JOIN "ChecklistQuestion" q ON q."id" = a."questionId" AND q."versionId" = h."checklistVersionId"
    JOIN "Case" k ON k."id" = h."caseId"
    WHERE ${approvedIn(p)}
    GROUP BY 1`;
}

/** Hearing-level counts and the median delay, from the hearings. */
export function rawHearingIndicators(p: RawPeriod, lateStartMinutes: number): string {
  return `
    SELECT count(*)::int AS "hearings", count(*) FILTER (WHERE h."status" = 'ADJOURNED')::int AS "adjourned",
      count(*) FILTER (WHERE h."delayMinutes" > ${lateStartMinutes})::int AS "late", count(h."delayMinutes")::int AS "delayKnown",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY h."delayMinutes") AS "medianDelay",
      count(*) FILTER (WHERE h."interpretationNeeded" AND h."interpretationProvided")::int AS "interpreted"
    FROM "Hearing" h JOIN "Case" k ON k."id" = h."caseId"
    WHERE ${approvedIn(p)}`;
}

/** Distinct cases and hearings per case, from the hearings. */
export function rawCases(p: RawPeriod): string {
  return `SELECT count(DISTINCT h."caseId")::int AS "cases", count(*)::int AS "hearings" FROM "Hearing" h JOIN "Case" k ON k."id" = h."caseId" WHERE ${approvedIn(p)}`;
}

/** Hearings non-compliant with one standard, from the answers (the drill-down's count). */
export function rawNonCompliantHearings(p: RawPeriod, standardCode: string): string {
  return `
    SELECT count(DISTINCT a."hearingId")::int AS "count"
    FROM "Answer" a
    JOIN "Hearing" h ON h."id" = a."hearingId"
    JOIN "ChecklistQuestion" q ON q."id" = a."questionId" AND q."versionId" = h."checklistVersionId"
    JOIN "Case" k ON k."id" = h."caseId"
    WHERE ${approvedIn(p)} AND a."compliance" = 'NON_COMPLIANT' AND a."standardId" = (SELECT "id" FROM "Standard" WHERE "code" = '${standardCode}')`;
}
