-- Written by hand (Prisma's schema cannot say INCLUDE): the breakdown reports read a period's whole years
-- from ReportDimensionYear by (dimension, year). Its rows are rewritten once per month a year is kept
-- (the rebuild and every approval add their deltas in place), so the table's pages are mostly dead space
-- until vacuumed and reused: at 200,000 hearings 230,000 rows filled 20,000 pages, and the planner read
-- all of them (a sequential scan, 50 ms of the 80 ms "by judge, ten years"). The primary key now carries
-- the counts, so a report reads the rows it needs from the key alone (an index-only scan, 8 ms there),
-- whatever the table's size. One index as before: the triggers' upserts keep using the key.
ALTER TABLE "ReportDimensionYear" DROP CONSTRAINT "ReportDimensionYear_pkey";
ALTER TABLE "ReportDimensionYear" ADD CONSTRAINT "ReportDimensionYear_pkey"
  PRIMARY KEY ("dimension", "year", "courtId", "category", "value", "standardId")
  INCLUDE ("hearings", "applicable", "nonCompliant", "unclear");
