-- CreateTable
CREATE TABLE "ReportCase" (
    "caseId" INTEGER NOT NULL,
    "courtId" INTEGER NOT NULL,
    "category" "CaseCategory" NOT NULL,
    "subject" "CaseSubject" NOT NULL,
    "firstDay" DATE NOT NULL,
    "verdictAt" DATE,

    CONSTRAINT "ReportCase_pkey" PRIMARY KEY ("caseId")
);

-- CreateIndex
CREATE INDEX "ReportCase_verdictAt_idx" ON "ReportCase"("verdictAt");
