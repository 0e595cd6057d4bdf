-- CreateTable
CREATE TABLE "ReportDimensionYear" (
    "dimension" TEXT NOT NULL,
    "year" DATE NOT NULL,
    "courtId" INTEGER NOT NULL,
    "category" "CaseCategory" NOT NULL,
    "value" TEXT NOT NULL,
    "standardId" INTEGER NOT NULL,
    "hearings" INTEGER NOT NULL DEFAULT 0,
    "applicable" INTEGER NOT NULL DEFAULT 0,
    "nonCompliant" INTEGER NOT NULL DEFAULT 0,
    "unclear" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportDimensionYear_pkey" PRIMARY KEY ("dimension","year","courtId","category","value","standardId")
);

-- Written by hand from here: the breakdown summary also by year and case category, kept by the same
-- function that keeps the monthly one (migration report_dimensions).

CREATE TYPE report_dimension_count AS (
  "dimension" text, "month" date, "courtId" int, "category" "CaseCategory", "value" text, "standardId" int,
  "hearings" bigint, "applicable" bigint, "nonCompliant" bigint, "unclear" bigint
);

-- What the hearings count by each of their breakdown values (signed): the hearings themselves (standardId
-- 0, when count_hearings) and the given per-standard results of those hearings.
CREATE FUNCTION report_dimension_counts(hearing_rows "ReportHearing"[], result_rows "HearingStandardResult"[], sign int, count_hearings boolean)
RETURNS report_dimension_count[] AS $$
  WITH pairs AS (
    SELECT r."hearingId", r."month", r."courtId", r."category", split_part(d, '=', 1) AS "dimension", substr(d, strpos(d, '=') + 1) AS "value"
    FROM unnest(hearing_rows) r, unnest(coalesce(r."dimensions", '{}')) d
  )
  SELECT coalesce(array_agg(c), '{}') FROM (
    SELECT ROW(p."dimension", p."month", p."courtId", p."category", p."value", 0, sign * count(*), 0, 0, 0)::report_dimension_count AS c
    FROM pairs p WHERE count_hearings
    GROUP BY p."dimension", p."month", p."courtId", p."category", p."value"
    UNION ALL
    SELECT ROW(p."dimension", p."month", p."courtId", p."category", p."value", s."standardId", 0,
      sign * count(*) FILTER (WHERE s."result" IN ('COMPLIANT', 'NON_COMPLIANT')),
      sign * count(*) FILTER (WHERE s."result" = 'NON_COMPLIANT'),
      sign * count(*) FILTER (WHERE s."result" = 'UNCLEAR'))::report_dimension_count
    FROM pairs p JOIN unnest(result_rows) s ON s."hearingId" = p."hearingId"
    GROUP BY p."dimension", p."month", p."courtId", p."category", p."value", s."standardId"
  ) grouped
$$ LANGUAGE sql STABLE;

CREATE OR REPLACE FUNCTION report_apply_dimensions(hearing_rows "ReportHearing"[], result_rows "HearingStandardResult"[], sign int, count_hearings boolean)
RETURNS void AS $$
DECLARE
  counts report_dimension_count[] := report_dimension_counts(hearing_rows, result_rows, sign, count_hearings);
BEGIN
  IF coalesce(array_length(counts, 1), 0) = 0 THEN RETURN; END IF;
  INSERT INTO "ReportDimensionMonth" AS t ("dimension", "month", "courtId", "value", "standardId", "hearings", "applicable", "nonCompliant", "unclear")
  SELECT "dimension", "month", "courtId", "value", "standardId", sum("hearings"), sum("applicable"), sum("nonCompliant"), sum("unclear")
  FROM unnest(counts) GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("dimension", "month", "courtId", "value", "standardId") DO UPDATE SET
    "hearings" = t."hearings" + EXCLUDED."hearings", "applicable" = t."applicable" + EXCLUDED."applicable",
    "nonCompliant" = t."nonCompliant" + EXCLUDED."nonCompliant", "unclear" = t."unclear" + EXCLUDED."unclear";
  INSERT INTO "ReportDimensionYear" AS t ("dimension", "year", "courtId", "category", "value", "standardId", "hearings", "applicable", "nonCompliant", "unclear")
  SELECT "dimension", date_trunc('year', "month")::date, "courtId", "category", "value", "standardId", sum("hearings"), sum("applicable"), sum("nonCompliant"), sum("unclear")
  FROM unnest(counts) GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT ("dimension", "year", "courtId", "category", "value", "standardId") DO UPDATE SET
    "hearings" = t."hearings" + EXCLUDED."hearings", "applicable" = t."applicable" + EXCLUDED."applicable",
    "nonCompliant" = t."nonCompliant" + EXCLUDED."nonCompliant", "unclear" = t."unclear" + EXCLUDED."unclear";
END;
$$ LANGUAGE plpgsql;

-- As in migration report_dimensions, with the yearly breakdown summary emptied too.
CREATE OR REPLACE FUNCTION report_summaries_rebuild() RETURNS bigint AS $$
DECLARE
  first_month date;
  last_month date;
  m date;
BEGIN
  TRUNCATE "ReportHearing", "ReportHearingMonth", "ReportReasonMonth", "ReportDelayMonth",
    "ReportStandardMonth", "ReportStandardCourtMonth", "ReportStandardCourtCategoryMonth", "ReportStandardCaseTypeMonth",
    "ReportQuestionMonth", "ReportQuestionCourtMonth", "ReportQuestionCourtCategoryMonth", "ReportQuestionCaseTypeMonth", "ReportCase",
    "ReportDimensionMonth", "ReportDimensionYear";
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

SELECT report_summaries_rebuild();
