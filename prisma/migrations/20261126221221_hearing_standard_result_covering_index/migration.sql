-- DropIndex
DROP INDEX "HearingStandardResult_standardId_result_idx";

-- CreateIndex
CREATE INDEX "HearingStandardResult_standardId_result_hearingId_idx" ON "HearingStandardResult"("standardId", "result", "hearingId");
