import "server-only";
import { prisma } from "@/lib/db";
import { drilldownCondition, type DrilldownRequest } from "../drilldown-queries";
import type { ReportReference } from "../reference-queries";
import { raw, sql, type Sql } from "../sql";

/**
 * The hearing-level data set: one row per approved hearing of the filter, its facts, its per-standard
 * results (columns named by standard code) and its answers (columns named by question code, for every
 * code any published checklist version has, so the columns stay put across versions and releases; a
 * hearing fills those of the version it was filled on). Times are court time, "YYYY-MM-DD HH:MM".
 */
export type DatasetValueKind = "int" | "text" | "bool";

export interface DatasetColumn {
  name: string;
  kind: DatasetValueKind;
  /** Names and details of people, and free text: only for roles that may see personal data. */
  personal?: boolean;
}

const courtTime = (column: string, pattern = "YYYY-MM-DD HH24:MI") =>
  `to_char((${column} AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Belgrade', '${pattern}')`;

/** Name, kind and the SQL that reads it (h: Hearing, k: Case, c: Court, r: Region, j: Judge, v: ChecklistVersion, p: HearingPersonalData). */
const FACTS: (DatasetColumn & { sql: string })[] = [
  { name: "hearingId", kind: "int", sql: `h."id"` },
  { name: "courtCode", kind: "text", sql: `c."code"` },
  { name: "courtNameSq", kind: "text", sql: `c."nameSq"` },
  { name: "courtNameSr", kind: "text", sql: `c."nameSr"` },
  { name: "regionCode", kind: "text", sql: `r."code"` },
  { name: "caseNumber", kind: "text", sql: `k."caseNumber"` },
  { name: "caseCategory", kind: "text", sql: `k."category"::text` },
  { name: "caseSubject", kind: "text", sql: `k."subject"::text` },
  { name: "department", kind: "text", sql: `h."department"::text` },
  { name: "stage", kind: "text", sql: `h."stage"::text` },
  { name: "judge", kind: "text", sql: `j."name"` },
  { name: "panel", kind: "text", sql: `h."panel"` },
  { name: "prosecutor", kind: "text", sql: `h."prosecutor"` },
  { name: "scheduledAt", kind: "text", sql: courtTime(`h."scheduledAt"`) },
  { name: "actualStartAt", kind: "text", sql: courtTime(`h."actualStartAt"`) },
  { name: "endedAt", kind: "text", sql: courtTime(`h."endedAt"`) },
  { name: "delayMinutes", kind: "int", sql: `h."delayMinutes"` },
  { name: "durationMinutes", kind: "int", sql: `h."durationMinutes"` },
  { name: "status", kind: "text", sql: `h."status"::text` },
  { name: "adjournmentReasons", kind: "text", sql: `array_to_string(h."adjournmentReasons", ';')` },
  { name: "nextHearingDate", kind: "text", sql: `to_char(h."nextHearingDate", 'YYYY-MM-DD')` },
  { name: "announcedPublicly", kind: "bool", sql: `h."announcedPublicly"` },
  { name: "publicAdmitted", kind: "bool", sql: `h."publicAdmitted"` },
  { name: "closedToPublic", kind: "bool", sql: `h."closedToPublic"` },
  { name: "closureGround", kind: "text", sql: `h."closureGround"` },
  { name: "language", kind: "text", sql: `h."language"::text` },
  { name: "interpretationNeeded", kind: "bool", sql: `h."interpretationNeeded"` },
  { name: "interpretationProvided", kind: "bool", sql: `h."interpretationProvided"` },
  { name: "recordingRequired", kind: "bool", sql: `h."recordingRequired"` },
  { name: "audioVideoRecorded", kind: "bool", sql: `h."audioVideoRecorded"` },
  { name: "defendantCount", kind: "int", sql: `h."defendantCount"` },
  { name: "defendantsPresent", kind: "bool", sql: `h."defendantsPresent"` },
  { name: "detentionStatus", kind: "text", sql: `h."detentionStatus"::text` },
  { name: "defenceCounsel", kind: "text", sql: `h."defenceCounsel"::text` },
  { name: "victimInvolved", kind: "bool", sql: `h."victimInvolved"` },
  { name: "victimPresent", kind: "bool", sql: `h."victimPresent"` },
  { name: "victimRepresented", kind: "bool", sql: `h."victimRepresented"` },
  { name: "juvenileInvolved", kind: "bool", sql: `h."juvenileInvolved"` },
  { name: "judgeGender", kind: "text", sql: `h."judgeGender"::text` },
  { name: "prosecutorGender", kind: "text", sql: `h."prosecutorGender"::text` },
  { name: "defendantGender", kind: "text", sql: `h."defendantGender"::text` },
  { name: "victimGender", kind: "text", sql: `h."victimGender"::text` },
  { name: "verdictPronounced", kind: "bool", sql: `h."verdictPronounced"` },
  { name: "verdict", kind: "text", sql: `h."verdict"::text` },
  { name: "sentenceType", kind: "text", sql: `h."sentenceType"::text` },
  { name: "sentenceMonths", kind: "int", sql: `h."sentenceMonths"` },
  { name: "fineEur", kind: "int", sql: `h."fineEur"` },
  { name: "protectionOrder", kind: "bool", sql: `h."protectionOrder"` },
  { name: "checklistVersion", kind: "int", sql: `v."number"` },
  { name: "approvedAt", kind: "text", sql: courtTime(`h."approvedAt"`) },
  { name: "defendantNames", kind: "text", sql: `p."defendantNames"`, personal: true },
  { name: "victimNames", kind: "text", sql: `p."victimNames"`, personal: true },
  { name: "witnessNames", kind: "text", sql: `p."witnessNames"`, personal: true },
  { name: "juvenileDetails", kind: "text", sql: `p."juvenileDetails"`, personal: true },
  { name: "narrative", kind: "text", sql: `h."narrative"`, personal: true },
];

export interface DatasetLayout {
  columns: DatasetColumn[];
  factCount: number;
  standardCodes: string[];
  questionCodes: string[];
}

/** The columns for a reader: facts (personal ones only when allowed), standards S01…, question codes. */
export async function datasetLayout(reference: ReportReference, { personal }: { personal: boolean }): Promise<DatasetLayout> {
  const facts = FACTS.filter((f) => personal || !f.personal);
  // Codes in the order of the standards, then of the version that first had them, then their position.
  const codes = await prisma.$queryRaw<{ code: string; freeText: boolean }[]>`
    SELECT q."code", bool_or(q."answerType" = 'TEXT') AS "freeText" FROM "ChecklistQuestion" q
    JOIN "ChecklistVersion" v ON v."id" = q."versionId" AND v."status" = 'PUBLISHED'
    JOIN "Standard" s ON s."id" = q."standardId"
    GROUP BY q."code"
    ORDER BY min(s."number"), min(v."number"), min(q."position"), q."code"`;
  const standardCodes = reference.standards.map((s) => s.code);
  // Free-text answers may name people, like the narrative: they go only to readers of personal data.
  const questionCodes = codes.filter((c) => personal || !c.freeText).map((c) => c.code);
  return {
    columns: [
      ...facts.map(({ name, kind, personal: p }) => ({ name, kind, personal: p })),
      ...standardCodes.map((name) => ({ name, kind: "text" as const })),
      ...questionCodes.map((name) => ({ name, kind: "text" as const })),
    ],
    factCount: facts.length,
    standardCodes,
    questionCodes,
  };
}

/**
 * Three queries over the same hearings, each one row a hearing in hearing id order so that they merge as
 * they stream: the facts, the per-standard results and the answers (answers only to questions of the
 * version the hearing was filled on). Results and answers come as one JSON object a hearing, code → value:
 * a row per answer made the server parse millions of small rows, most of an export's time.
 */
export function datasetQueries(req: DrilldownRequest, reference: ReportReference, layout: DatasetLayout): { facts: Sql; standards: Sql; answers: Sql; count: Sql } {
  const condition = drilldownCondition(req, reference);
  const facts = FACTS.filter((f) => layout.columns.some((c) => c.name === f.name));
  const personal = facts.some((f) => f.personal);
  return {
    facts: sql`
      SELECT ${raw(facts.map((f) => f.sql).join(", "))}
      FROM "ReportHearing" rh
      JOIN "Hearing" h ON h."id" = rh."hearingId"
      JOIN "Case" k ON k."id" = h."caseId"
      JOIN "Court" c ON c."id" = h."courtId"
      JOIN "Region" r ON r."id" = c."regionId"
      JOIN "ChecklistVersion" v ON v."id" = h."checklistVersionId"
      LEFT JOIN "Judge" j ON j."id" = h."judgeId"
      ${personal ? sql`LEFT JOIN "HearingPersonalData" p ON p."hearingId" = h."id"` : sql``}
      WHERE ${condition}
      ORDER BY rh."hearingId"`,
    standards: sql`
      SELECT s."hearingId", jsonb_object_agg(st."code", s."result")
      FROM "ReportHearing" rh
      JOIN "HearingStandardResult" s ON s."hearingId" = rh."hearingId"
      JOIN "Standard" st ON st."id" = s."standardId"
      WHERE ${condition}
      GROUP BY s."hearingId"
      ORDER BY s."hearingId"`,
    answers: sql`
      SELECT a."hearingId", jsonb_object_agg(a."questionCode", a."value")
      FROM "ReportHearing" rh
      JOIN "Answer" a ON a."hearingId" = rh."hearingId"
      JOIN "ChecklistQuestion" q ON q."id" = a."questionId" AND q."versionId" = rh."checklistVersionId"
      WHERE ${condition}
      GROUP BY a."hearingId"
      ORDER BY a."hearingId"`,
    count: sql`SELECT count(*)::int AS "total" FROM "ReportHearing" rh WHERE ${condition}`,
  };
}
