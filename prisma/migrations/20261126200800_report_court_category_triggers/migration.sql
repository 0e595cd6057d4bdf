-- Written by hand: the court × case category roll-ups of the per-standard and per-question summaries,
-- kept with the others by the same upsert functions, so that a category filter grouped by court (or by
-- region) reads about a quarter of the rows of the full table.

CREATE OR REPLACE FUNCTION report_add_standard_counts(counts report_outcome_count[]) RETURNS void AS $$
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
  INSERT INTO "ReportStandardCourtCategoryMonth" AS t ("month", "courtId", "category", "standardId", "applicable", "nonCompliant", "unclear")
  SELECT "month", "courtId", "category", "standardId", sum("applicable"), sum("nonCompliant"), sum("unclear")
  FROM unnest(counts) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("month", "courtId", "category", "standardId") DO UPDATE SET
    "applicable" = t."applicable" + EXCLUDED."applicable", "nonCompliant" = t."nonCompliant" + EXCLUDED."nonCompliant", "unclear" = t."unclear" + EXCLUDED."unclear";
  INSERT INTO "ReportStandardCaseTypeMonth" AS t ("month", "category", "subject", "standardId", "applicable", "nonCompliant", "unclear")
  SELECT "month", "category", "subject", "standardId", sum("applicable"), sum("nonCompliant"), sum("unclear")
  FROM unnest(counts) GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("month", "category", "subject", "standardId") DO UPDATE SET
    "applicable" = t."applicable" + EXCLUDED."applicable", "nonCompliant" = t."nonCompliant" + EXCLUDED."nonCompliant", "unclear" = t."unclear" + EXCLUDED."unclear";
$$ LANGUAGE sql;

CREATE OR REPLACE FUNCTION report_add_question_counts(counts report_outcome_count[]) RETURNS void AS $$
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
  INSERT INTO "ReportQuestionCourtCategoryMonth" AS t ("month", "courtId", "category", "questionCode", "standardId", "applicable", "nonCompliant", "unclear")
  SELECT "month", "courtId", "category", "questionCode", "standardId", sum("applicable"), sum("nonCompliant"), sum("unclear")
  FROM unnest(counts) GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("month", "courtId", "category", "questionCode", "standardId") DO UPDATE SET
    "applicable" = t."applicable" + EXCLUDED."applicable", "nonCompliant" = t."nonCompliant" + EXCLUDED."nonCompliant", "unclear" = t."unclear" + EXCLUDED."unclear";
  INSERT INTO "ReportQuestionCaseTypeMonth" AS t ("month", "category", "subject", "questionCode", "standardId", "applicable", "nonCompliant", "unclear")
  SELECT "month", "category", "subject", "questionCode", "standardId", sum("applicable"), sum("nonCompliant"), sum("unclear")
  FROM unnest(counts) GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("month", "category", "subject", "questionCode", "standardId") DO UPDATE SET
    "applicable" = t."applicable" + EXCLUDED."applicable", "nonCompliant" = t."nonCompliant" + EXCLUDED."nonCompliant", "unclear" = t."unclear" + EXCLUDED."unclear";
$$ LANGUAGE sql;

CREATE OR REPLACE FUNCTION report_summaries_rebuild() RETURNS bigint AS $$
DECLARE
  first_month date;
  last_month date;
  m date;
BEGIN
  -- TRUNCATE fires no DELETE trigger: the summaries are emptied, then refilled by the inserts' trigger,
  -- a month at a time so that each statement's transition table stays small.
  TRUNCATE "ReportHearing", "ReportHearingMonth", "ReportReasonMonth", "ReportDelayMonth",
    "ReportStandardMonth", "ReportStandardCourtMonth", "ReportStandardCourtCategoryMonth", "ReportStandardCaseTypeMonth",
    "ReportQuestionMonth", "ReportQuestionCourtMonth", "ReportQuestionCourtCategoryMonth", "ReportQuestionCaseTypeMonth", "ReportCase";
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

-- Fill the roll-ups from the full tables.
INSERT INTO "ReportStandardCourtCategoryMonth" ("month", "courtId", "category", "standardId", "applicable", "nonCompliant", "unclear")
SELECT "month", "courtId", "category", "standardId", sum("applicable"), sum("nonCompliant"), sum("unclear")
FROM "ReportStandardMonth" GROUP BY 1, 2, 3, 4;
INSERT INTO "ReportQuestionCourtCategoryMonth" ("month", "courtId", "category", "questionCode", "standardId", "applicable", "nonCompliant", "unclear")
SELECT "month", "courtId", "category", "questionCode", "standardId", sum("applicable"), sum("nonCompliant"), sum("unclear")
FROM "ReportQuestionMonth" GROUP BY 1, 2, 3, 4, 5;
