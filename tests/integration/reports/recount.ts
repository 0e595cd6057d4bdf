// Recounts every report summary from the hearings, cases, answers and results, and returns, per summary
// table, how many rows differ from what the triggers keep (rows whose counts are all zero are ignored:
// a group that emptied may stay behind as zeros).
import { prisma } from "@/lib/db";

const OUTCOMES = `count(*) FILTER (WHERE v IN ('COMPLIANT', 'NON_COMPLIANT'))::int AS "applicable",
  count(*) FILTER (WHERE v = 'NON_COMPLIANT')::int AS "nonCompliant", count(*) FILTER (WHERE v = 'UNCLEAR')::int AS "unclear"`;
const NONZERO_OUTCOMES = `("applicable" <> 0 OR "nonCompliant" <> 0 OR "unclear" <> 0)`;

const standardRows = `SELECT rh."month", rh."courtId", rh."category", rh."subject", s."standardId", s."result"::text AS v
  FROM report_hearing_source rh JOIN "HearingStandardResult" s ON s."hearingId" = rh."hearingId"`;
const questionRows = `SELECT rh."month", rh."courtId", rh."category", rh."subject", a."questionCode", a."standardId", a."compliance"::text AS v
  FROM report_hearing_source rh JOIN "Answer" a ON a."hearingId" = rh."hearingId"
  JOIN "ChecklistQuestion" q ON q."id" = a."questionId" AND q."versionId" = rh."checklistVersionId"`;

const dimensionPairs = `SELECT rh."hearingId", rh."month", rh."courtId", split_part(d, '=', 1) AS "dimension", substr(d, strpos(d, '=') + 1) AS "value"
  FROM report_hearing_source rh, unnest(rh."dimensions") d`;

const CHECKS: Record<string, { expected: string; actual: string }> = {
  ReportCase: {
    expected: `SELECT k."id", k."courtId", k."category", k."subject", min(rh."courtDay"), k."verdictAt"
      FROM "Case" k JOIN report_hearing_source rh ON rh."caseId" = k."id" GROUP BY k."id"`,
    actual: `SELECT "caseId", "courtId", "category", "subject", "firstDay", "verdictAt" FROM "ReportCase"`,
  },
  ReportHearing: {
    expected: `SELECT * FROM report_hearing_source`,
    actual: `SELECT * FROM "ReportHearing"`,
  },
  ReportHearingMonth: {
    expected: `SELECT "month", "courtId", "category", "subject", count(*)::int, count("adjourned")::int, count(*) FILTER (WHERE "adjourned")::int,
      count("heldInPublic")::int, count(*) FILTER (WHERE "heldInPublic")::int, count("announced")::int, count(*) FILTER (WHERE "announced")::int,
      count("recorded")::int, count(*) FILTER (WHERE "recorded")::int, count("interpreterPresent")::int, count(*) FILTER (WHERE "interpreterPresent")::int,
      count("withoutCounsel")::int, count(*) FILTER (WHERE "withoutCounsel")::int
      FROM report_hearing_source GROUP BY 1, 2, 3, 4`,
    actual: `SELECT "month", "courtId", "category", "subject", "hearings", "adjournedKnown", "adjourned", "heldInPublicKnown", "heldInPublic",
      "announcedKnown", "announced", "recordedKnown", "recorded", "interpreterKnown", "interpreterPresent", "counselKnown", "withoutCounsel"
      FROM "ReportHearingMonth" WHERE "hearings" <> 0 OR "adjournedKnown" <> 0 OR "heldInPublicKnown" <> 0 OR "announcedKnown" <> 0
        OR "recordedKnown" <> 0 OR "interpreterKnown" <> 0 OR "counselKnown" <> 0`,
  },
  ReportReasonMonth: {
    expected: `SELECT "month", "courtId", "category", "subject", reason, count(*)::int FROM report_hearing_source, unnest("adjournmentReasons") reason
      WHERE "adjourned" GROUP BY 1, 2, 3, 4, 5`,
    actual: `SELECT "month", "courtId", "category", "subject", "reason", "hearings" FROM "ReportReasonMonth" WHERE "hearings" <> 0`,
  },
  ReportDelayMonth: {
    expected: `SELECT "month", "courtId", "category", "subject", "delayMinutes", count(*)::int FROM report_hearing_source
      WHERE "delayMinutes" IS NOT NULL GROUP BY 1, 2, 3, 4, 5`,
    actual: `SELECT "month", "courtId", "category", "subject", "delayMinutes", "hearings" FROM "ReportDelayMonth" WHERE "hearings" <> 0`,
  },
  ReportStandardMonth: {
    expected: `SELECT * FROM (SELECT "month", "courtId", "category", "subject", "standardId", ${OUTCOMES} FROM (${standardRows}) x GROUP BY 1, 2, 3, 4, 5) e WHERE ${NONZERO_OUTCOMES}`,
    actual: `SELECT "month", "courtId", "category", "subject", "standardId", "applicable", "nonCompliant", "unclear" FROM "ReportStandardMonth" WHERE ${NONZERO_OUTCOMES}`,
  },
  ReportStandardCourtMonth: {
    expected: `SELECT * FROM (SELECT "month", "courtId", "standardId", ${OUTCOMES} FROM (${standardRows}) x GROUP BY 1, 2, 3) e WHERE ${NONZERO_OUTCOMES}`,
    actual: `SELECT "month", "courtId", "standardId", "applicable", "nonCompliant", "unclear" FROM "ReportStandardCourtMonth" WHERE ${NONZERO_OUTCOMES}`,
  },
  ReportStandardCourtCategoryMonth: {
    expected: `SELECT * FROM (SELECT "month", "courtId", "category", "standardId", ${OUTCOMES} FROM (${standardRows}) x GROUP BY 1, 2, 3, 4) e WHERE ${NONZERO_OUTCOMES}`,
    actual: `SELECT "month", "courtId", "category", "standardId", "applicable", "nonCompliant", "unclear" FROM "ReportStandardCourtCategoryMonth" WHERE ${NONZERO_OUTCOMES}`,
  },
  ReportStandardCaseTypeMonth: {
    expected: `SELECT * FROM (SELECT "month", "category", "subject", "standardId", ${OUTCOMES} FROM (${standardRows}) x GROUP BY 1, 2, 3, 4) e WHERE ${NONZERO_OUTCOMES}`,
    actual: `SELECT "month", "category", "subject", "standardId", "applicable", "nonCompliant", "unclear" FROM "ReportStandardCaseTypeMonth" WHERE ${NONZERO_OUTCOMES}`,
  },
  ReportQuestionMonth: {
    expected: `SELECT * FROM (SELECT "month", "courtId", "category", "subject", "questionCode", "standardId", ${OUTCOMES} FROM (${questionRows}) x GROUP BY 1, 2, 3, 4, 5, 6) e WHERE ${NONZERO_OUTCOMES}`,
    actual: `SELECT "month", "courtId", "category", "subject", "questionCode", "standardId", "applicable", "nonCompliant", "unclear" FROM "ReportQuestionMonth" WHERE ${NONZERO_OUTCOMES}`,
  },
  ReportQuestionCourtMonth: {
    expected: `SELECT * FROM (SELECT "month", "courtId", "questionCode", "standardId", ${OUTCOMES} FROM (${questionRows}) x GROUP BY 1, 2, 3, 4) e WHERE ${NONZERO_OUTCOMES}`,
    actual: `SELECT "month", "courtId", "questionCode", "standardId", "applicable", "nonCompliant", "unclear" FROM "ReportQuestionCourtMonth" WHERE ${NONZERO_OUTCOMES}`,
  },
  ReportQuestionCourtCategoryMonth: {
    expected: `SELECT * FROM (SELECT "month", "courtId", "category", "questionCode", "standardId", ${OUTCOMES} FROM (${questionRows}) x GROUP BY 1, 2, 3, 4, 5) e WHERE ${NONZERO_OUTCOMES}`,
    actual: `SELECT "month", "courtId", "category", "questionCode", "standardId", "applicable", "nonCompliant", "unclear" FROM "ReportQuestionCourtCategoryMonth" WHERE ${NONZERO_OUTCOMES}`,
  },
  ReportQuestionCaseTypeMonth: {
    expected: `SELECT * FROM (SELECT "month", "category", "subject", "questionCode", "standardId", ${OUTCOMES} FROM (${questionRows}) x GROUP BY 1, 2, 3, 4, 5) e WHERE ${NONZERO_OUTCOMES}`,
    actual: `SELECT "month", "category", "subject", "questionCode", "standardId", "applicable", "nonCompliant", "unclear" FROM "ReportQuestionCaseTypeMonth" WHERE ${NONZERO_OUTCOMES}`,
  },
  ReportDimensionMonth: {
    expected: `SELECT "dimension", "month", "courtId", "value", 0 AS "standardId", count(*)::int AS "hearings", 0 AS "applicable", 0 AS "nonCompliant", 0 AS "unclear"
        FROM (${dimensionPairs}) p GROUP BY 1, 2, 3, 4
      UNION ALL
      SELECT * FROM (SELECT p."dimension", p."month", p."courtId", p."value", s."standardId", 0 AS "hearings", ${OUTCOMES.replaceAll("v IN", `s."result"::text IN`).replaceAll("v =", `s."result"::text =`)}
        FROM (${dimensionPairs}) p JOIN "HearingStandardResult" s ON s."hearingId" = p."hearingId" GROUP BY 1, 2, 3, 4, 5) e WHERE ${NONZERO_OUTCOMES}`,
    actual: `SELECT "dimension", "month", "courtId", "value", "standardId", "hearings", "applicable", "nonCompliant", "unclear" FROM "ReportDimensionMonth"
      WHERE "hearings" <> 0 OR ${NONZERO_OUTCOMES}`,
  },
  ReportDimensionYear: {
    expected: `SELECT "dimension", date_trunc('year', "month")::date, "courtId", "category", "value", 0 AS "standardId", count(*)::int AS "hearings", 0 AS "applicable", 0 AS "nonCompliant", 0 AS "unclear"
        FROM (${dimensionPairs.replace('rh."courtId",', 'rh."courtId", rh."category",')}) p GROUP BY 1, 2, 3, 4, 5
      UNION ALL
      SELECT * FROM (SELECT p."dimension", date_trunc('year', p."month")::date, p."courtId", p."category", p."value", s."standardId", 0 AS "hearings", ${OUTCOMES.replaceAll("v IN", `s."result"::text IN`).replaceAll("v =", `s."result"::text =`)}
        FROM (${dimensionPairs.replace('rh."courtId",', 'rh."courtId", rh."category",')}) p JOIN "HearingStandardResult" s ON s."hearingId" = p."hearingId" GROUP BY 1, 2, 3, 4, 5, 6) e WHERE ${NONZERO_OUTCOMES}`,
    actual: `SELECT "dimension", "year", "courtId", "category", "value", "standardId", "hearings", "applicable", "nonCompliant", "unclear" FROM "ReportDimensionYear"
      WHERE "hearings" <> 0 OR ${NONZERO_OUTCOMES}`,
  },
};

/** Rows that differ between each summary and its recount: all zero when the summaries are in step. */
export async function summaryDifferences(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const [table, { expected, actual }] of Object.entries(CHECKS)) {
    const [row] = await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM (((${expected}) EXCEPT ALL (${actual})) UNION ALL ((${actual}) EXCEPT ALL (${expected}))) d`,
    );
    result[table] = row!.n;
  }
  return result;
}

export const IN_STEP = Object.fromEntries(Object.keys(CHECKS).map((t) => [t, 0]));
