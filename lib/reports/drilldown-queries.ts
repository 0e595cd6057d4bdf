import "server-only";
import { prisma } from "@/lib/db";
import type { CaseCategory, CaseSubject, HearingStage, HearingStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import { isMonthKey, type GroupValue } from "./groups";
import type { Measure } from "./indicators";
import type { ReportReference } from "./reference-queries";
import type { ResolvedFilter } from "./resolve-filter";
import { and, dimensionConditions, raw, sql, type Sql } from "./sql";

/**
 * The approved hearings behind one number of the report: the same filter, the group of the cell, and
 * the measure (a numerator or a denominator), as conditions over ReportHearing `rh`. Case-level
 * measures list one hearing per case (the first one counted), so the count is the number of cases.
 */
export interface DrilldownRequest {
  filter: ResolvedFilter;
  group: GroupValue;
  measure: Measure;
  lateStartMinutes: number;
}

export interface DrilldownHearing {
  hearingId: number;
  courtDay: Date;
  scheduledAt: Date;
  courtCode: string;
  courtNameSq: string;
  courtNameSr: string;
  caseNumber: string;
  category: CaseCategory;
  subject: CaseSubject;
  stage: HearingStage | null;
  status: HearingStatus | null;
  delayMinutes: number | null;
}

/** Keyset position: newest first by court day, then by id. */
export interface DrilldownCursor {
  courtDay: string;
  hearingId: number;
}

function groupCondition(group: GroupValue, reference: ReportReference, alias: string): Sql[] {
  const a = raw(alias);
  switch (group.by) {
    case "standard": return [];
    case "court": {
      const court = reference.courts.find((c) => c.code === group.key);
      return [court ? sql`${a}."courtId" = ${court.id}` : sql`FALSE`];
    }
    case "region": {
      const region = reference.regions.find((r) => r.code === group.key);
      const ids = reference.courts.filter((c) => c.regionId === region?.id).map((c) => c.id);
      return [sql`${a}."courtId" = ANY(${ids}::int[])`];
    }
    case "subject": return [sql`${a}."subject"::text = ${group.key}`];
    case "category": return [sql`${a}."category"::text = ${group.key}`];
    case "month": return isMonthKey(group.key) ? [sql`${a}."month" = ${`${group.key}-01`}::date`] : [sql`FALSE`];
  }
}

const OUTCOME_VALUES = { numerator: ["NON_COMPLIANT"], denominator: ["COMPLIANT", "NON_COMPLIANT"], unclear: ["UNCLEAR"] } as const;

function measureCondition(measure: Measure, req: DrilldownRequest, reference: ReportReference): Sql {
  const { filter } = req;
  const inScope = and([sql`rh."courtDay" BETWEEN ${filter.from}::date AND ${filter.to}::date`, ...dimensionConditions(filter, "rh"), ...groupCondition(req.group, reference, "rh")]);
  switch (measure.kind) {
    case "hearings":
      return inScope;
    case "flag": {
      const flag = sql`rh.${raw(`"${measure.indicator}"`)}`;
      return sql`${inScope} AND ${measure.part === "numerator" ? sql`${flag} IS TRUE` : sql`${flag} IS NOT NULL`}`;
    }
    case "lateStart":
      return sql`${inScope} AND ${measure.part === "numerator" ? sql`rh."delayMinutes" > ${req.lateStartMinutes}` : sql`rh."delayMinutes" IS NOT NULL`}`;
    case "reason":
      return sql`${inScope} AND rh."adjourned" AND ${measure.reason}::"AdjournmentReason" = ANY(rh."adjournmentReasons")`;
    case "standard": {
      const standard = reference.standards.find((s) => s.code === measure.standard);
      if (!standard) throw new AppError("NOT_FOUND", "Unknown standard");
      return sql`${inScope} AND EXISTS (SELECT 1 FROM "HearingStandardResult" r WHERE r."hearingId" = rh."hearingId"
        AND r."standardId" = ${standard.id} AND r."result" = ANY(${[...OUTCOME_VALUES[measure.part]]}::"Compliance"[]))`;
    }
    case "question":
      return sql`${inScope} AND EXISTS (SELECT 1 FROM "Answer" a
        JOIN "ChecklistQuestion" q ON q."id" = a."questionId" AND q."versionId" = rh."checklistVersionId"
        WHERE a."hearingId" = rh."hearingId" AND a."questionCode" = ${measure.question}
          AND a."compliance" = ANY(${[...OUTCOME_VALUES[measure.part]]}::"Compliance"[]))`;
    case "cases":
      return sql`rh."hearingId" IN (SELECT DISTINCT ON (rh."caseId") rh."hearingId" FROM "ReportHearing" rh
        WHERE ${inScope} ORDER BY rh."caseId", rh."courtDay", rh."hearingId")`;
    case "verdicts": {
      const verdictGroup = req.group.by === "month"
        ? [isMonthKey(req.group.key) ? sql`date_trunc('month', k."verdictAt")::date = ${`${req.group.key}-01`}::date` : sql`FALSE`]
        : groupCondition(req.group, reference, "k");
      return sql`rh."hearingId" IN (SELECT DISTINCT ON (k."id") first."hearingId"
        FROM "Case" k JOIN "ReportHearing" first ON first."caseId" = k."id"
        WHERE ${and([sql`k."verdictAt" BETWEEN ${filter.from}::date AND ${filter.to}::date`, ...dimensionConditions(filter, "k"), ...verdictGroup])}
        ORDER BY k."id", first."courtDay", first."hearingId")
        AND rh."courtDay" <= (SELECT k."verdictAt" FROM "Case" k WHERE k."id" = rh."caseId")`;
    }
  }
}

/** The conditions over ReportHearing `rh` that select the hearings behind a number (exports reuse them). */
export function drilldownCondition(req: DrilldownRequest, reference: ReportReference): Sql {
  return measureCondition(req.measure, req, reference);
}

export async function drilldownCount(req: DrilldownRequest, reference: ReportReference): Promise<number> {
  const [row] = await prisma.$queryRaw<{ count: number }[]>(sql`
    SELECT count(*)::int AS "count" FROM "ReportHearing" rh WHERE ${measureCondition(req.measure, req, reference)}`);
  return row?.count ?? 0;
}

/**
 * One page of the hearings, newest first. `after` continues past a row; `before` goes back a page
 * (fetched in ascending order and turned round), so deep pages cost what the first does.
 */
export async function drilldownPage(
  req: DrilldownRequest,
  reference: ReportReference,
  { size, after, before }: { size: number; after?: DrilldownCursor; before?: DrilldownCursor },
): Promise<{ items: DrilldownHearing[]; hasMore: boolean }> {
  const keyset = after
    ? sql`AND (rh."courtDay", rh."hearingId") < (${after.courtDay}::date, ${after.hearingId})`
    : before
      ? sql`AND (rh."courtDay", rh."hearingId") > (${before.courtDay}::date, ${before.hearingId})`
      : sql``;
  const direction = before ? sql`ASC` : sql`DESC`;
  const rows = await prisma.$queryRaw<DrilldownHearing[]>(sql`
    SELECT rh."hearingId", rh."courtDay", h."scheduledAt", c."code" AS "courtCode", c."nameSq" AS "courtNameSq",
      c."nameSr" AS "courtNameSr", k."caseNumber", rh."category", rh."subject", h."stage", rh."status", rh."delayMinutes"
    FROM "ReportHearing" rh
    JOIN "Hearing" h ON h."id" = rh."hearingId"
    JOIN "Court" c ON c."id" = rh."courtId"
    JOIN "Case" k ON k."id" = rh."caseId"
    WHERE ${measureCondition(req.measure, req, reference)} ${keyset}
    ORDER BY rh."courtDay" ${direction}, rh."hearingId" ${direction}
    LIMIT ${size + 1}`);
  const hasMore = rows.length > size;
  const items = rows.slice(0, size);
  return { items: before ? items.reverse() : items, hasMore };
}
