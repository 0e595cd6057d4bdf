-- AlterTable
ALTER TABLE "ReportHearing" ADD COLUMN     "dimensions" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "ReportDimensionMonth" (
    "dimension" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "courtId" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "standardId" INTEGER NOT NULL,
    "hearings" INTEGER NOT NULL DEFAULT 0,
    "applicable" INTEGER NOT NULL DEFAULT 0,
    "nonCompliant" INTEGER NOT NULL DEFAULT 0,
    "unclear" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportDimensionMonth_pkey" PRIMARY KEY ("dimension","month","courtId","value","standardId")
);

-- Written by hand from here: the breakdown dimensions of the compliance reports (gender of each party,
-- judge, language of proceedings, detention, counsel) in one generic summary, kept in step by the same
-- triggers as the others.

-- The one place that says which breakdown values a hearing has: "dimension=value" for each value that was
-- recorded (an unrecorded one puts the hearing in no group of that dimension). A gender of UNKNOWN is the
-- monitor saying it was not recorded, so it is no group either (NOT_RECORDED_GENDER, lib/reports/definitions.ts):
-- "unknown" is never a share, nor in the n of the others. A new dimension is a line here and a label in the
-- reports' messages; no new table, trigger or query.
CREATE FUNCTION report_dimension_values(h "Hearing") RETURNS text[] AS $$
  SELECT array_remove(ARRAY[
    'judgeGender=' || NULLIF(h."judgeGender", 'UNKNOWN')::text,
    'prosecutorGender=' || NULLIF(h."prosecutorGender", 'UNKNOWN')::text,
    'defendantGender=' || NULLIF(h."defendantGender", 'UNKNOWN')::text,
    'victimGender=' || NULLIF(h."victimGender", 'UNKNOWN')::text,
    'judge=' || h."judgeId"::text,
    'language=' || h."language"::text,
    'detention=' || h."detentionStatus"::text,
    'counsel=' || h."defenceCounsel"::text
  ], NULL)
$$ LANGUAGE sql IMMUTABLE;

-- The per-hearing source gains the values as its last column (ReportHearing's new last column), so that
-- a correction of any of them changes the hearing's row and the triggers apply the delta.
CREATE OR REPLACE VIEW report_hearing_source AS
  SELECT
    h."id" AS "hearingId", h."caseId", h."courtId", h."checklistVersionId",
    report_court_day(h."scheduledAt") AS "courtDay",
    date_trunc('month', report_court_day(h."scheduledAt"))::date AS "month",
    c."category", c."subject", h."status", h."adjournmentReasons", h."delayMinutes",
    CASE WHEN h."status" IS NOT NULL THEN h."status" = 'ADJOURNED' END AS "adjourned",
    CASE WHEN h."publicAdmitted" IS NOT NULL OR h."closedToPublic" IS NOT NULL
      THEN h."publicAdmitted" IS TRUE AND h."closedToPublic" IS NOT TRUE END AS "heldInPublic",
    h."announcedPublicly" AS "announced",
    CASE WHEN h."recordingRequired" IS TRUE THEN h."audioVideoRecorded" END AS "recorded",
    CASE WHEN h."interpretationNeeded" IS TRUE THEN h."interpretationProvided" END AS "interpreterPresent",
    CASE WHEN c."category" IN ('CRIMINAL', 'JUVENILE') AND h."defenceCounsel" IS NOT NULL
      THEN h."defenceCounsel" = 'NONE' END AS "withoutCounsel",
    report_dimension_values(h) AS "dimensions"
  FROM "Hearing" h
  JOIN "Case" c ON c."id" = h."caseId"
  WHERE h."reviewState" = 'APPROVED';

-- Adds (sign 1) or subtracts (sign -1) what hearings count by each of their breakdown values: the hearings
-- themselves (standardId 0, when count_hearings) and the given per-standard results of those hearings.
CREATE FUNCTION report_apply_dimensions(hearing_rows "ReportHearing"[], result_rows "HearingStandardResult"[], sign int, count_hearings boolean)
RETURNS void AS $$
  WITH pairs AS (
    SELECT r."hearingId", r."month", r."courtId", split_part(d, '=', 1) AS "dimension", substr(d, strpos(d, '=') + 1) AS "value"
    FROM unnest(hearing_rows) r, unnest(coalesce(r."dimensions", '{}')) d
  ), counted AS (
    SELECT p."dimension", p."month", p."courtId", p."value", 0 AS "standardId", count(*) AS "hearings",
      0::bigint AS "applicable", 0::bigint AS "nonCompliant", 0::bigint AS "unclear"
    FROM pairs p WHERE count_hearings
    GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT p."dimension", p."month", p."courtId", p."value", s."standardId", 0,
      count(*) FILTER (WHERE s."result" IN ('COMPLIANT', 'NON_COMPLIANT')),
      count(*) FILTER (WHERE s."result" = 'NON_COMPLIANT'),
      count(*) FILTER (WHERE s."result" = 'UNCLEAR')
    FROM pairs p JOIN unnest(result_rows) s ON s."hearingId" = p."hearingId"
    GROUP BY 1, 2, 3, 4, 5
  )
  INSERT INTO "ReportDimensionMonth" AS t ("dimension", "month", "courtId", "value", "standardId", "hearings", "applicable", "nonCompliant", "unclear")
  SELECT "dimension", "month", "courtId", "value", "standardId", sign * "hearings", sign * "applicable", sign * "nonCompliant", sign * "unclear"
  FROM counted ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("dimension", "month", "courtId", "value", "standardId") DO UPDATE SET
    "hearings" = t."hearings" + EXCLUDED."hearings", "applicable" = t."applicable" + EXCLUDED."applicable",
    "nonCompliant" = t."nonCompliant" + EXCLUDED."nonCompliant", "unclear" = t."unclear" + EXCLUDED."unclear";
$$ LANGUAGE sql;

-- As before (migration report_summary_triggers), plus the breakdown values.
CREATE OR REPLACE FUNCTION report_apply_hearings(hearing_rows "ReportHearing"[], sign int) RETURNS void AS $$
DECLARE
  result_rows "HearingStandardResult"[];
BEGIN
  IF coalesce(array_length(hearing_rows, 1), 0) = 0 THEN RETURN; END IF;
  INSERT INTO "ReportHearingMonth" AS t ("month", "courtId", "category", "subject", "hearings",
    "adjournedKnown", "adjourned", "heldInPublicKnown", "heldInPublic", "announcedKnown", "announced",
    "recordedKnown", "recorded", "interpreterKnown", "interpreterPresent", "counselKnown", "withoutCounsel")
  SELECT r."month", r."courtId", r."category", r."subject", sign * count(*),
    sign * count(r."adjourned"), sign * count(*) FILTER (WHERE r."adjourned"),
    sign * count(r."heldInPublic"), sign * count(*) FILTER (WHERE r."heldInPublic"),
    sign * count(r."announced"), sign * count(*) FILTER (WHERE r."announced"),
    sign * count(r."recorded"), sign * count(*) FILTER (WHERE r."recorded"),
    sign * count(r."interpreterPresent"), sign * count(*) FILTER (WHERE r."interpreterPresent"),
    sign * count(r."withoutCounsel"), sign * count(*) FILTER (WHERE r."withoutCounsel")
  FROM unnest(hearing_rows) r
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("month", "courtId", "category", "subject") DO UPDATE SET
    "hearings" = t."hearings" + EXCLUDED."hearings",
    "adjournedKnown" = t."adjournedKnown" + EXCLUDED."adjournedKnown", "adjourned" = t."adjourned" + EXCLUDED."adjourned",
    "heldInPublicKnown" = t."heldInPublicKnown" + EXCLUDED."heldInPublicKnown", "heldInPublic" = t."heldInPublic" + EXCLUDED."heldInPublic",
    "announcedKnown" = t."announcedKnown" + EXCLUDED."announcedKnown", "announced" = t."announced" + EXCLUDED."announced",
    "recordedKnown" = t."recordedKnown" + EXCLUDED."recordedKnown", "recorded" = t."recorded" + EXCLUDED."recorded",
    "interpreterKnown" = t."interpreterKnown" + EXCLUDED."interpreterKnown", "interpreterPresent" = t."interpreterPresent" + EXCLUDED."interpreterPresent",
    "counselKnown" = t."counselKnown" + EXCLUDED."counselKnown", "withoutCounsel" = t."withoutCounsel" + EXCLUDED."withoutCounsel";

  INSERT INTO "ReportReasonMonth" AS t ("month", "courtId", "category", "subject", "reason", "hearings")
  SELECT r."month", r."courtId", r."category", r."subject", reason, sign * count(*)
  FROM unnest(hearing_rows) r, unnest(r."adjournmentReasons") reason
  WHERE r."adjourned"
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("month", "courtId", "category", "subject", "reason") DO UPDATE SET "hearings" = t."hearings" + EXCLUDED."hearings";

  INSERT INTO "ReportDelayMonth" AS t ("month", "courtId", "category", "subject", "delayMinutes", "hearings")
  SELECT r."month", r."courtId", r."category", r."subject", r."delayMinutes", sign * count(*)
  FROM unnest(hearing_rows) r
  WHERE r."delayMinutes" IS NOT NULL
  GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("month", "courtId", "category", "subject", "delayMinutes") DO UPDATE SET "hearings" = t."hearings" + EXCLUDED."hearings";

  result_rows := ARRAY(SELECT s FROM "HearingStandardResult" s WHERE s."hearingId" IN (SELECT r."hearingId" FROM unnest(hearing_rows) r));
  PERFORM report_add_standard_counts(report_standard_counts(hearing_rows, result_rows, sign));
  PERFORM report_apply_dimensions(hearing_rows, result_rows, sign, true);
  PERFORM report_add_question_counts(report_question_counts(hearing_rows,
    ARRAY(SELECT a FROM "Answer" a WHERE a."hearingId" IN (SELECT r."hearingId" FROM unnest(hearing_rows) r)), sign));
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION report_apply_standard_results(result_rows "HearingStandardResult"[], sign int) RETURNS void AS $$
DECLARE
  hearing_rows "ReportHearing"[];
BEGIN
  IF coalesce(array_length(result_rows, 1), 0) = 0 THEN RETURN; END IF;
  hearing_rows := ARRAY(SELECT r FROM "ReportHearing" r WHERE r."hearingId" IN (SELECT s."hearingId" FROM unnest(result_rows) s));
  PERFORM report_add_standard_counts(report_standard_counts(hearing_rows, result_rows, sign));
  PERFORM report_apply_dimensions(hearing_rows, result_rows, sign, false);
END;
$$ LANGUAGE plpgsql;

-- As in migration report_court_category_triggers, with the breakdown summary emptied too.
CREATE OR REPLACE FUNCTION report_summaries_rebuild() RETURNS bigint AS $$
DECLARE
  first_month date;
  last_month date;
  m date;
BEGIN
  TRUNCATE "ReportHearing", "ReportHearingMonth", "ReportReasonMonth", "ReportDelayMonth",
    "ReportStandardMonth", "ReportStandardCourtMonth", "ReportStandardCourtCategoryMonth", "ReportStandardCaseTypeMonth",
    "ReportQuestionMonth", "ReportQuestionCourtMonth", "ReportQuestionCourtCategoryMonth", "ReportQuestionCaseTypeMonth", "ReportCase",
    "ReportDimensionMonth";
  SELECT date_trunc('month', report_court_day(min("scheduledAt")))::date, report_court_day(max("scheduledAt"))
    INTO first_month, last_month FROM "Hearing" WHERE "reviewState" = 'APPROVED';
  m := first_month;
  WHILE m <= last_month LOOP
    INSERT INTO "ReportHearing" SELECT * FROM report_hearing_source
      WHERE "hearingId" IN (SELECT "id" FROM "Hearing" WHERE "reviewState" = 'APPROVED'
        AND "scheduledAt" >= (m::timestamp AT TIME ZONE 'Europe/Belgrade') AT TIME ZONE 'UTC'
        AND "scheduledAt" < ((m + interval '1 month')::timestamp AT TIME ZONE 'Europe/Belgrade') AT TIME ZONE 'UTC');
    m := (m + interval '1 month')::date;
  END LOOP;
  RETURN (SELECT count(*) FROM "ReportHearing");
END;
$$ LANGUAGE plpgsql;

-- Fill the summaries, the new one included, from the reports approved before this migration.
SELECT report_summaries_rebuild();
