-- DropIndex
DROP INDEX "Hearing_reviewState_scheduledAt_idx";

-- CreateIndex
CREATE INDEX "Hearing_reviewState_scheduledAt_courtId_monitorId_idx" ON "Hearing"("reviewState", "scheduledAt", "courtId", "monitorId");
