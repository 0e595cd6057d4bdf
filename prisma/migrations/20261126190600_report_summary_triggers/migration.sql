-- Written by hand: the report summaries (tables of migration report_summaries) are kept in step by the
-- database itself, so that no code path that approves, returns or corrects a report, or rewrites its
-- answers, can leave a published figure stale.
--
--   Hearing, Case ──(statement triggers)──▶ ReportHearing: one row per APPROVED hearing
--   ReportHearing ──▶ ReportHearingMonth, ReportReasonMonth, ReportDelayMonth  (+ its results and answers
--                     into ReportStandardMonth and ReportQuestionMonth)
--   HearingStandardResult ──▶ ReportStandardMonth and its roll-ups by court and by case type (approved hearings only)
--   Answer ──▶ ReportQuestionMonth and its roll-ups (approved hearings, questions of the hearing's own version)
--
-- Every change is applied as a delta (subtract what the old rows counted, add what the new rows count),
-- per statement over its transition tables, so the bulk inserts of the demo generator cost one
-- aggregate per statement rather than one trigger call per row. Upserts go in key order so that
-- concurrent approvals lock summary rows in the same order.

-- The court-time day of a stored instant (timestamps are stored as UTC without a zone).
CREATE FUNCTION report_court_day(instant timestamp) RETURNS date AS $$
  SELECT ((instant AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Belgrade')::date
$$ LANGUAGE sql STABLE;

-- What ReportHearing holds for each APPROVED hearing: the definitions of every hearing-level indicator
-- live here and nowhere else (null: outside the denominator; false: denominator only; true: numerator).
CREATE VIEW report_hearing_source AS
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
      THEN h."defenceCounsel" = 'NONE' END AS "withoutCounsel"
  FROM "Hearing" h
  JOIN "Case" c ON c."id" = h."caseId"
  WHERE h."reviewState" = 'APPROVED';

CREATE FUNCTION report_hearing_facts(hearing_ids int[]) RETURNS SETOF "ReportHearing" AS $$
  SELECT * FROM report_hearing_source WHERE "hearingId" = ANY(hearing_ids)
$$ LANGUAGE sql STABLE;

-- One delta of per-standard or per-question outcomes (questionCode is null for a standard).
CREATE TYPE report_outcome_count AS (
  "month" date, "courtId" int, "category" "CaseCategory", "subject" "CaseSubject",
  "standardId" int, "questionCode" text, "applicable" int, "nonCompliant" int, "unclear" int
);

-- Adds outcome deltas to a standard summary and its two roll-ups.
CREATE FUNCTION report_add_standard_counts(counts report_outcome_count[]) RETURNS void AS $$
  INSERT INTO "ReportStandardMonth" AS t ("month", "courtId", "category", "subject", "standardId", "applicable", "nonCompliant", "unclear")
  SELECT "month", "courtId", "category", "subject", "standardId", sum("applicable"), sum("nonCompliant"), sum("unclear")
  FROM unnest(counts) GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("month", "courtId", "category", "subject", "standardId") DO UPDATE SET
    "applicable" = t."applicable" + EXCLUDED."applicable", "nonCompliant" = t."nonCompliant" + EXCLUDED."nonCompliant", "unclear" = t."unclear" + EXCLUDED."unclear";
  INSERT INTO "ReportStandardCourtMonth" AS t ("month", "courtId", "standardId", "applicable", "nonCompliant", "unclear")
  SELECT "month", "courtId", "standardId", sum("applicable"), sum("nonCompliant"), sum("unclear")
  FROM unnest(counts) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT ("month", "courtId", "standardId") DO UPDATE SET
    "applicable" = t."applicable" + EXCLUDED."applicable", "nonCompliant" = t."nonCompliant" + EXCLUDED."nonCompliant", "unclear" = t."unclear" + EXCLUDED."unclear";
  INSERT INTO "ReportStandardCaseTypeMonth" AS t ("month", "category", "subject", "standardId", "applicable", "nonCompliant", "unclear")
  SELECT "month", "category", "subject", "standardId", sum("applicable"), sum("nonCompliant"), sum("unclear")
  FROM unnest(counts) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("month", "category", "subject", "standardId") DO UPDATE SET
    "applicable" = t."applicable" + EXCLUDED."applicable", "nonCompliant" = t."nonCompliant" + EXCLUDED."nonCompliant", "unclear" = t."unclear" + EXCLUDED."unclear";
$$ LANGUAGE sql;

-- Adds outcome deltas to a question summary and its two roll-ups.
CREATE FUNCTION report_add_question_counts(counts report_outcome_count[]) RETURNS void AS $$
  INSERT INTO "ReportQuestionMonth" AS t ("month", "courtId", "category", "subject", "questionCode", "standardId", "applicable", "nonCompliant", "unclear")
  SELECT "month", "courtId", "category", "subject", "questionCode", "standardId", sum("applicable"), sum("nonCompliant"), sum("unclear")
  FROM unnest(counts) GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("month", "courtId", "category", "subject", "questionCode", "standardId") DO UPDATE SET
    "applicable" = t."applicable" + EXCLUDED."applicable", "nonCompliant" = t."nonCompliant" + EXCLUDED."nonCompliant", "unclear" = t."unclear" + EXCLUDED."unclear";
  INSERT INTO "ReportQuestionCourtMonth" AS t ("month", "courtId", "questionCode", "standardId", "applicable", "nonCompliant", "unclear")
  SELECT "month", "courtId", "questionCode", "standardId", sum("applicable"), sum("nonCompliant"), sum("unclear")
  FROM unnest(counts) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("month", "courtId", "questionCode", "standardId") DO UPDATE SET
    "applicable" = t."applicable" + EXCLUDED."applicable", "nonCompliant" = t."nonCompliant" + EXCLUDED."nonCompliant", "unclear" = t."unclear" + EXCLUDED."unclear";
  INSERT INTO "ReportQuestionCaseTypeMonth" AS t ("month", "category", "subject", "questionCode", "standardId", "applicable", "nonCompliant", "unclear")
  SELECT "month", "category", "subject", "questionCode", "standardId", sum("applicable"), sum("nonCompliant"), sum("unclear")
  FROM unnest(counts) GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("month", "category", "subject", "questionCode", "standardId") DO UPDATE SET
    "applicable" = t."applicable" + EXCLUDED."applicable", "nonCompliant" = t."nonCompliant" + EXCLUDED."nonCompliant", "unclear" = t."unclear" + EXCLUDED."unclear";
$$ LANGUAGE sql;

-- What per-standard results count: for results of approved hearings (the join with ReportHearing), the
-- dimensions of the hearing. Used both when results change and when a hearing's row comes or goes.
CREATE FUNCTION report_standard_counts(hearing_rows "ReportHearing"[], result_rows "HearingStandardResult"[], sign int)
RETURNS report_outcome_count[] AS $$
  SELECT coalesce(array_agg(c), '{}') FROM (
    SELECT ROW(r."month", r."courtId", r."category", r."subject", s."standardId", NULL,
      sign * count(*) FILTER (WHERE s."result" IN ('COMPLIANT', 'NON_COMPLIANT')),
      sign * count(*) FILTER (WHERE s."result" = 'NON_COMPLIANT'),
      sign * count(*) FILTER (WHERE s."result" = 'UNCLEAR'))::report_outcome_count AS c
    FROM unnest(hearing_rows) r
    JOIN unnest(result_rows) s ON s."hearingId" = r."hearingId"
    GROUP BY r."month", r."courtId", r."category", r."subject", s."standardId"
  ) grouped
$$ LANGUAGE sql STABLE;

-- What answers count: for answers of approved hearings to questions of the hearing's own checklist
-- version, so a hearing counts once whatever other versions share its question codes.
CREATE FUNCTION report_question_counts(hearing_rows "ReportHearing"[], answer_rows "Answer"[], sign int)
RETURNS report_outcome_count[] AS $$
  SELECT coalesce(array_agg(c), '{}') FROM (
    SELECT ROW(r."month", r."courtId", r."category", r."subject", a."standardId", a."questionCode",
      sign * count(*) FILTER (WHERE a."compliance" IN ('COMPLIANT', 'NON_COMPLIANT')),
      sign * count(*) FILTER (WHERE a."compliance" = 'NON_COMPLIANT'),
      sign * count(*) FILTER (WHERE a."compliance" = 'UNCLEAR'))::report_outcome_count AS c
    FROM unnest(hearing_rows) r
    JOIN unnest(answer_rows) a ON a."hearingId" = r."hearingId"
    JOIN "ChecklistQuestion" q ON q."id" = a."questionId" AND q."versionId" = r."checklistVersionId"
    GROUP BY r."month", r."courtId", r."category", r."subject", a."standardId", a."questionCode"
  ) grouped
$$ LANGUAGE sql STABLE;

-- Adds (sign 1) or subtracts (sign -1) everything the given ReportHearing rows count, with the
-- hearings' current per-standard results and answers.
CREATE FUNCTION report_apply_hearings(hearing_rows "ReportHearing"[], sign int) RETURNS void AS $$
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

  PERFORM report_add_standard_counts(report_standard_counts(hearing_rows,
    ARRAY(SELECT s FROM "HearingStandardResult" s WHERE s."hearingId" IN (SELECT r."hearingId" FROM unnest(hearing_rows) r)), sign));
  PERFORM report_add_question_counts(report_question_counts(hearing_rows,
    ARRAY(SELECT a FROM "Answer" a WHERE a."hearingId" IN (SELECT r."hearingId" FROM unnest(hearing_rows) r)), sign));
END;
$$ LANGUAGE plpgsql;

-- Adds or subtracts what per-standard results count, for the hearings that are approved.
CREATE FUNCTION report_apply_standard_results(result_rows "HearingStandardResult"[], sign int) RETURNS void AS $$
BEGIN
  IF coalesce(array_length(result_rows, 1), 0) = 0 THEN RETURN; END IF;
  PERFORM report_add_standard_counts(report_standard_counts(
    ARRAY(SELECT r FROM "ReportHearing" r WHERE r."hearingId" IN (SELECT s."hearingId" FROM unnest(result_rows) s)), result_rows, sign));
END;
$$ LANGUAGE plpgsql;

-- Adds or subtracts what answers count, for the hearings that are approved.
CREATE FUNCTION report_apply_answers(answer_rows "Answer"[], sign int) RETURNS void AS $$
BEGIN
  IF coalesce(array_length(answer_rows, 1), 0) = 0 THEN RETURN; END IF;
  PERFORM report_add_question_counts(report_question_counts(
    ARRAY(SELECT r FROM "ReportHearing" r WHERE r."hearingId" IN (SELECT a."hearingId" FROM unnest(answer_rows) a)), answer_rows, sign));
END;
$$ LANGUAGE plpgsql;

-- Brings the ReportHearing rows of the given hearings in line with the hearings: rows that no longer
-- match are deleted (subtracting their counts), missing ones inserted (adding them), equal ones left alone.
CREATE FUNCTION report_refresh_hearings(hearing_ids int[]) RETURNS void AS $$
BEGIN
  IF coalesce(array_length(hearing_ids, 1), 0) = 0 THEN RETURN; END IF;
  DELETE FROM "ReportHearing" rh
  WHERE rh."hearingId" = ANY(hearing_ids)
    AND NOT EXISTS (
      SELECT 1 FROM report_hearing_facts(hearing_ids) f
      WHERE f."hearingId" = rh."hearingId" AND ROW(f.*) IS NOT DISTINCT FROM ROW(rh.*));
  INSERT INTO "ReportHearing"
  SELECT f.* FROM report_hearing_facts(hearing_ids) f
  WHERE NOT EXISTS (SELECT 1 FROM "ReportHearing" rh WHERE rh."hearingId" = f."hearingId");
END;
$$ LANGUAGE plpgsql;

-- ── triggers on the summaries' own per-hearing table ──

CREATE FUNCTION report_hearing_inserted() RETURNS trigger AS $$
BEGIN
  PERFORM report_apply_hearings(ARRAY(SELECT ROW(n.*)::"ReportHearing" FROM new_rows n), 1);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION report_hearing_deleted() RETURNS trigger AS $$
BEGIN
  PERFORM report_apply_hearings(ARRAY(SELECT ROW(o.*)::"ReportHearing" FROM old_rows o), -1);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION report_hearing_updated() RETURNS trigger AS $$
BEGIN
  PERFORM report_apply_hearings(ARRAY(SELECT ROW(o.*)::"ReportHearing" FROM old_rows o), -1);
  PERFORM report_apply_hearings(ARRAY(SELECT ROW(n.*)::"ReportHearing" FROM new_rows n), 1);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER report_hearing_insert AFTER INSERT ON "ReportHearing"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_hearing_inserted();
CREATE TRIGGER report_hearing_delete AFTER DELETE ON "ReportHearing"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_hearing_deleted();
CREATE TRIGGER report_hearing_update AFTER UPDATE ON "ReportHearing"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_hearing_updated();

-- ── hearings and cases ──

CREATE FUNCTION report_hearings_inserted() RETURNS trigger AS $$
BEGIN
  INSERT INTO "ReportHearing" SELECT * FROM report_hearing_facts(ARRAY(SELECT n."id" FROM new_rows n WHERE n."reviewState" = 'APPROVED'));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Any update of a hearing that is or was approved: the refresh compares the facts and touches the
-- summaries only when something they count has changed (a draft's autosave costs nothing here).
CREATE FUNCTION report_hearings_updated() RETURNS trigger AS $$
BEGIN
  PERFORM report_refresh_hearings(ARRAY(
    SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    WHERE n."reviewState" = 'APPROVED' OR o."reviewState" = 'APPROVED'));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- Before the row goes (and its answers and results with it, by cascade), take back all it counted while
-- its answers and results are still there to say what that was.
CREATE FUNCTION report_hearing_deleting() RETURNS trigger AS $$
BEGIN
  DELETE FROM "ReportHearing" WHERE "hearingId" = OLD."id";
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER hearing_report_insert AFTER INSERT ON "Hearing"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_hearings_inserted();
CREATE TRIGGER hearing_report_update AFTER UPDATE ON "Hearing"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_hearings_updated();
CREATE TRIGGER hearing_report_delete BEFORE DELETE ON "Hearing"
  FOR EACH ROW EXECUTE FUNCTION report_hearing_deleting();

-- A case's category or subject is a dimension of every one of its approved hearings.
CREATE FUNCTION report_cases_updated() RETURNS trigger AS $$
BEGIN
  PERFORM report_refresh_hearings(ARRAY(
    SELECT h."id" FROM "Hearing" h
    JOIN new_rows n ON n."id" = h."caseId"
    JOIN old_rows o ON o."id" = n."id"
    WHERE h."reviewState" = 'APPROVED' AND (n."category", n."subject") IS DISTINCT FROM (o."category", o."subject")));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER case_report_update AFTER UPDATE ON "Case"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_cases_updated();

-- ── per-standard results and answers ──

CREATE FUNCTION report_standard_results_inserted() RETURNS trigger AS $$
BEGIN
  PERFORM report_apply_standard_results(ARRAY(SELECT ROW(n.*)::"HearingStandardResult" FROM new_rows n), 1);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION report_standard_results_deleted() RETURNS trigger AS $$
BEGIN
  PERFORM report_apply_standard_results(ARRAY(SELECT ROW(o.*)::"HearingStandardResult" FROM old_rows o), -1);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION report_standard_results_updated() RETURNS trigger AS $$
BEGIN
  PERFORM report_apply_standard_results(ARRAY(SELECT ROW(o.*)::"HearingStandardResult" FROM old_rows o), -1);
  PERFORM report_apply_standard_results(ARRAY(SELECT ROW(n.*)::"HearingStandardResult" FROM new_rows n), 1);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER standard_result_report_insert AFTER INSERT ON "HearingStandardResult"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_standard_results_inserted();
CREATE TRIGGER standard_result_report_delete AFTER DELETE ON "HearingStandardResult"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_standard_results_deleted();
CREATE TRIGGER standard_result_report_update AFTER UPDATE ON "HearingStandardResult"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_standard_results_updated();

CREATE FUNCTION report_answers_inserted() RETURNS trigger AS $$
BEGIN
  PERFORM report_apply_answers(ARRAY(SELECT ROW(n.*)::"Answer" FROM new_rows n), 1);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION report_answers_deleted() RETURNS trigger AS $$
BEGIN
  PERFORM report_apply_answers(ARRAY(SELECT ROW(o.*)::"Answer" FROM old_rows o), -1);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION report_answers_updated() RETURNS trigger AS $$
BEGIN
  PERFORM report_apply_answers(ARRAY(SELECT ROW(o.*)::"Answer" FROM old_rows o), -1);
  PERFORM report_apply_answers(ARRAY(SELECT ROW(n.*)::"Answer" FROM new_rows n), 1);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER answer_report_insert AFTER INSERT ON "Answer"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_answers_inserted();
CREATE TRIGGER answer_report_delete AFTER DELETE ON "Answer"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_answers_deleted();
CREATE TRIGGER answer_report_update AFTER UPDATE ON "Answer"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_answers_updated();

-- ── recovery ──

-- Recomputes every summary from the hearings, answers and results. Not needed in normal running; for
-- after a restore or a bulk repair done with triggers disabled. Returns the number of approved hearings.
CREATE FUNCTION report_summaries_rebuild() RETURNS bigint AS $$
DECLARE
  first_month date;
  last_month date;
  m date;
BEGIN
  -- TRUNCATE fires no DELETE trigger: the summaries are emptied, then refilled by the inserts' trigger,
  -- a month at a time so that each statement's transition table stays small.
  TRUNCATE "ReportHearing", "ReportHearingMonth", "ReportReasonMonth", "ReportDelayMonth",
    "ReportStandardMonth", "ReportStandardCourtMonth", "ReportStandardCaseTypeMonth",
    "ReportQuestionMonth", "ReportQuestionCourtMonth", "ReportQuestionCaseTypeMonth";
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

-- Covering indexes for the period scans of the report queries (Prisma's schema cannot say INCLUDE).
CREATE INDEX "ReportHearing_courtDay_covering_idx" ON "ReportHearing" ("courtDay")
  INCLUDE ("hearingId", "caseId", "courtId", "category", "subject", "delayMinutes", "adjourned");

-- Fill the summaries from the reports approved before this migration.
SELECT report_summaries_rebuild();
