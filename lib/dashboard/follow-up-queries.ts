import "server-only";
import { prisma } from "@/lib/db";
import type { Institution, InterventionType, Severity } from "@/lib/generated/prisma/enums";
import { awaitingSql, overdueSql } from "@/lib/interventions/overdue-sql";
import { and, raw, sql, type Sql } from "@/lib/reports/sql";

/**
 * What the analysts' findings and interventions leave open, now: open findings by standard and severity,
 * and interventions sent and still awaiting a reply, overdue once their reply date has passed (the rules
 * of lib/interventions/overdue.ts and overdue-sql.ts, which the interventions list uses too). With a region, a finding counts when its case or one
 * of its hearings is in the region's courts, and an intervention when its court is, or one of its
 * findings; those tied to no court count for the whole territory only.
 */
export interface OpenFindingCount {
  standardId: number;
  severity: Severity;
  findings: number;
}

// Written as per-finding lookups (a scalar subquery, an array of courts) rather than EXISTS: under an OR,
// PostgreSQL hashes each EXISTS by reading every case and every hearing of the region's courts, which
// costs hundreds of milliseconds at 200,000 hearings, where a few thousand open findings cost a lookup each.
function findingInRegion(courtIds: number[], alias: string): Sql {
  const f = raw(`"${alias}"`);
  return sql`((SELECT k."courtId" FROM "Case" k WHERE k."id" = ${f}."caseId") = ANY(${courtIds}::int[])
    OR ARRAY(SELECT h."courtId" FROM "FindingHearing" fh JOIN "Hearing" h ON h."id" = fh."hearingId"
      WHERE fh."findingId" = ${f}."id") && ${courtIds}::int[])`;
}

export async function openFindings(courtIds: number[] | null): Promise<OpenFindingCount[]> {
  return prisma.$queryRaw<OpenFindingCount[]>(sql`
    SELECT f."standardId", f."severity", count(*)::int AS "findings"
    FROM "Finding" f
    WHERE ${and([sql`f."status" = 'OPEN'`, ...(courtIds ? [findingInRegion(courtIds, "f")] : [])])}
    GROUP BY f."standardId", f."severity"`);
}

export interface InterventionCounts {
  /** Sent, no reply recorded. */
  awaiting: number;
  /** Awaiting, past the reply date. */
  overdue: number;
}

export interface OverdueIntervention {
  id: number;
  title: string;
  addressee: string;
  institution: Institution;
  type: InterventionType;
  sentAt: Date;
  dueAt: Date;
}

/** Interventions of the region (all without one), as a condition over Intervention `i`. */
function interventionRegion(courtIds: number[] | null): Sql[] {
  return courtIds
    ? [sql`(i."courtId" = ANY(${courtIds}::int[]) OR EXISTS (SELECT 1 FROM "InterventionFinding" x JOIN "Finding" f ON f."id" = x."findingId"
        WHERE x."interventionId" = i."id" AND ${findingInRegion(courtIds, "f")}))`]
    : [];
}

export async function interventionCounts(courtIds: number[] | null, today: string): Promise<InterventionCounts> {
  const [row] = await prisma.$queryRaw<InterventionCounts[]>(sql`
    SELECT count(*)::int AS "awaiting", count(*) FILTER (WHERE ${overdueSql("i", today)})::int AS "overdue"
    FROM "Intervention" i WHERE ${and([awaitingSql("i"), ...interventionRegion(courtIds)])}`);
  return row ?? { awaiting: 0, overdue: 0 };
}

/** The interventions longest overdue, for the dashboard to name. */
export async function longestOverdue(courtIds: number[] | null, today: string, take = 5): Promise<OverdueIntervention[]> {
  return prisma.$queryRaw<OverdueIntervention[]>(sql`
    SELECT i."id", i."title", i."addressee", i."institution", i."type", i."sentAt", i."replyDueAt" AS "dueAt"
    FROM "Intervention" i WHERE ${and([overdueSql("i", today), ...interventionRegion(courtIds)])}
    ORDER BY i."replyDueAt", i."id" LIMIT ${take}`);
}
