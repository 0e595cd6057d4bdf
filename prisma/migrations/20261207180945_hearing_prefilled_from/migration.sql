-- AlterTable
ALTER TABLE "Hearing" ADD COLUMN     "prefilledFromHearingId" INTEGER;

-- AddForeignKey
ALTER TABLE "Hearing" ADD CONSTRAINT "Hearing_prefilledFromHearingId_fkey" FOREIGN KEY ("prefilledFromHearingId") REFERENCES "Hearing"("id") ON DELETE SET NULL ON UPDATE CASCADE;
