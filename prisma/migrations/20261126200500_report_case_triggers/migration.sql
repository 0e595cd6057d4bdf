-- Written by hand: ReportCase (one row per case with an approved hearing) kept in step like the other
-- report summaries, so that time to verdict is read from one row per case instead of re-deriving each
-- case's first approved hearing from all its hearings.

-- Recomputes the ReportCase rows of the given cases from the case and its approved hearings.
CREATE FUNCTION report_refresh_cases(case_ids int[]) RETURNS void AS $$
BEGIN
  IF coalesce(array_length(case_ids, 1), 0) = 0 THEN RETURN; END IF;
  DELETE FROM "ReportCase" WHERE "caseId" = ANY(case_ids);
  INSERT INTO "ReportCase" ("caseId", "courtId", "category", "subject", "firstDay", "verdictAt")
  SELECT k."id", k."courtId", k."category", k."subject", min(rh."courtDay"), k."verdictAt"
  FROM "Case" k JOIN "ReportHearing" rh ON rh."caseId" = k."id"
  WHERE k."id" = ANY(case_ids)
  GROUP BY k."id"
  ORDER BY k."id";
END;
$$ LANGUAGE plpgsql;

-- The ReportHearing triggers now also bring the cases of the rows that came or went in line.
CREATE OR REPLACE FUNCTION report_hearing_inserted() RETURNS trigger AS $$
BEGIN
  PERFORM report_apply_hearings(ARRAY(SELECT ROW(n.*)::"ReportHearing" FROM new_rows n), 1);
  PERFORM report_refresh_cases(ARRAY(SELECT DISTINCT n."caseId" FROM new_rows n));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION report_hearing_deleted() RETURNS trigger AS $$
BEGIN
  PERFORM report_apply_hearings(ARRAY(SELECT ROW(o.*)::"ReportHearing" FROM old_rows o), -1);
  PERFORM report_refresh_cases(ARRAY(SELECT DISTINCT o."caseId" FROM old_rows o));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION report_hearing_updated() RETURNS trigger AS $$
BEGIN
  PERFORM report_apply_hearings(ARRAY(SELECT ROW(o.*)::"ReportHearing" FROM old_rows o), -1);
  PERFORM report_apply_hearings(ARRAY(SELECT ROW(n.*)::"ReportHearing" FROM new_rows n), 1);
  PERFORM report_refresh_cases(ARRAY(SELECT o."caseId" FROM old_rows o UNION SELECT n."caseId" FROM new_rows n));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- A case's court, category, subject or verdict date are ReportCase's own columns.
CREATE OR REPLACE FUNCTION report_cases_updated() RETURNS trigger AS $$
BEGIN
  PERFORM report_refresh_hearings(ARRAY(
    SELECT h."id" FROM "Hearing" h
    JOIN new_rows n ON n."id" = h."caseId"
    JOIN old_rows o ON o."id" = n."id"
    WHERE h."reviewState" = 'APPROVED' AND (n."category", n."subject") IS DISTINCT FROM (o."category", o."subject")));
  PERFORM report_refresh_cases(ARRAY(
    SELECT n."id" FROM new_rows n JOIN old_rows o ON o."id" = n."id"
    WHERE (n."courtId", n."category", n."subject", n."verdictAt") IS DISTINCT FROM (o."courtId", o."category", o."subject", o."verdictAt")));
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION report_summaries_rebuild() RETURNS bigint AS $$
DECLARE
  first_month date;
  last_month date;
  m date;
BEGIN
  -- TRUNCATE fires no DELETE trigger: the summaries are emptied, then refilled by the inserts' trigger,
  -- a month at a time so that each statement's transition table stays small.
  TRUNCATE "ReportHearing", "ReportHearingMonth", "ReportReasonMonth", "ReportDelayMonth",
    "ReportStandardMonth", "ReportStandardCourtMonth", "ReportStandardCaseTypeMonth",
    "ReportQuestionMonth", "ReportQuestionCourtMonth", "ReportQuestionCaseTypeMonth", "ReportCase";
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

-- Fill ReportCase from the approved hearings already counted.
INSERT INTO "ReportCase" ("caseId", "courtId", "category", "subject", "firstDay", "verdictAt")
SELECT k."id", k."courtId", k."category", k."subject", min(rh."courtDay"), k."verdictAt"
FROM "Case" k JOIN "ReportHearing" rh ON rh."caseId" = k."id"
GROUP BY k."id";
