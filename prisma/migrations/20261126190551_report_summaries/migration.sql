-- CreateTable
CREATE TABLE "ReportHearing" (
    "hearingId" INTEGER NOT NULL,
    "caseId" INTEGER NOT NULL,
    "courtId" INTEGER NOT NULL,
    "checklistVersionId" INTEGER NOT NULL,
    "courtDay" DATE NOT NULL,
    "month" DATE NOT NULL,
    "category" "CaseCategory" NOT NULL,
    "subject" "CaseSubject" NOT NULL,
    "status" "HearingStatus",
    "adjournmentReasons" "AdjournmentReason"[],
    "delayMinutes" INTEGER,
    "adjourned" BOOLEAN,
    "heldInPublic" BOOLEAN,
    "announced" BOOLEAN,
    "recorded" BOOLEAN,
    "interpreterPresent" BOOLEAN,
    "withoutCounsel" BOOLEAN,

    CONSTRAINT "ReportHearing_pkey" PRIMARY KEY ("hearingId")
);

-- CreateTable
CREATE TABLE "ReportHearingMonth" (
    "month" DATE NOT NULL,
    "courtId" INTEGER NOT NULL,
    "category" "CaseCategory" NOT NULL,
    "subject" "CaseSubject" NOT NULL,
    "hearings" INTEGER NOT NULL DEFAULT 0,
    "adjournedKnown" INTEGER NOT NULL DEFAULT 0,
    "adjourned" INTEGER NOT NULL DEFAULT 0,
    "heldInPublicKnown" INTEGER NOT NULL DEFAULT 0,
    "heldInPublic" INTEGER NOT NULL DEFAULT 0,
    "announcedKnown" INTEGER NOT NULL DEFAULT 0,
    "announced" INTEGER NOT NULL DEFAULT 0,
    "recordedKnown" INTEGER NOT NULL DEFAULT 0,
    "recorded" INTEGER NOT NULL DEFAULT 0,
    "interpreterKnown" INTEGER NOT NULL DEFAULT 0,
    "interpreterPresent" INTEGER NOT NULL DEFAULT 0,
    "counselKnown" INTEGER NOT NULL DEFAULT 0,
    "withoutCounsel" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportHearingMonth_pkey" PRIMARY KEY ("month","courtId","category","subject")
);

-- CreateTable
CREATE TABLE "ReportReasonMonth" (
    "month" DATE NOT NULL,
    "courtId" INTEGER NOT NULL,
    "category" "CaseCategory" NOT NULL,
    "subject" "CaseSubject" NOT NULL,
    "reason" "AdjournmentReason" NOT NULL,
    "hearings" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportReasonMonth_pkey" PRIMARY KEY ("month","courtId","category","subject","reason")
);

-- CreateTable
CREATE TABLE "ReportDelayMonth" (
    "month" DATE NOT NULL,
    "courtId" INTEGER NOT NULL,
    "category" "CaseCategory" NOT NULL,
    "subject" "CaseSubject" NOT NULL,
    "delayMinutes" INTEGER NOT NULL,
    "hearings" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportDelayMonth_pkey" PRIMARY KEY ("month","courtId","category","subject","delayMinutes")
);

-- CreateTable
CREATE TABLE "ReportStandardMonth" (
    "month" DATE NOT NULL,
    "courtId" INTEGER NOT NULL,
    "category" "CaseCategory" NOT NULL,
    "subject" "CaseSubject" NOT NULL,
    "standardId" INTEGER NOT NULL,
    "applicable" INTEGER NOT NULL DEFAULT 0,
    "nonCompliant" INTEGER NOT NULL DEFAULT 0,
    "unclear" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportStandardMonth_pkey" PRIMARY KEY ("month","courtId","category","subject","standardId")
);

-- CreateTable
CREATE TABLE "ReportStandardCourtMonth" (
    "month" DATE NOT NULL,
    "courtId" INTEGER NOT NULL,
    "standardId" INTEGER NOT NULL,
    "applicable" INTEGER NOT NULL DEFAULT 0,
    "nonCompliant" INTEGER NOT NULL DEFAULT 0,
    "unclear" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportStandardCourtMonth_pkey" PRIMARY KEY ("month","courtId","standardId")
);

-- CreateTable
CREATE TABLE "ReportStandardCaseTypeMonth" (
    "month" DATE NOT NULL,
    "category" "CaseCategory" NOT NULL,
    "subject" "CaseSubject" NOT NULL,
    "standardId" INTEGER NOT NULL,
    "applicable" INTEGER NOT NULL DEFAULT 0,
    "nonCompliant" INTEGER NOT NULL DEFAULT 0,
    "unclear" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportStandardCaseTypeMonth_pkey" PRIMARY KEY ("month","category","subject","standardId")
);

-- CreateTable
CREATE TABLE "ReportQuestionMonth" (
    "month" DATE NOT NULL,
    "courtId" INTEGER NOT NULL,
    "category" "CaseCategory" NOT NULL,
    "subject" "CaseSubject" NOT NULL,
    "questionCode" TEXT NOT NULL,
    "standardId" INTEGER NOT NULL,
    "applicable" INTEGER NOT NULL DEFAULT 0,
    "nonCompliant" INTEGER NOT NULL DEFAULT 0,
    "unclear" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportQuestionMonth_pkey" PRIMARY KEY ("month","courtId","category","subject","questionCode","standardId")
);

-- CreateTable
CREATE TABLE "ReportQuestionCourtMonth" (
    "month" DATE NOT NULL,
    "courtId" INTEGER NOT NULL,
    "questionCode" TEXT NOT NULL,
    "standardId" INTEGER NOT NULL,
    "applicable" INTEGER NOT NULL DEFAULT 0,
    "nonCompliant" INTEGER NOT NULL DEFAULT 0,
    "unclear" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportQuestionCourtMonth_pkey" PRIMARY KEY ("month","courtId","questionCode","standardId")
);

-- CreateTable
CREATE TABLE "ReportQuestionCaseTypeMonth" (
    "month" DATE NOT NULL,
    "category" "CaseCategory" NOT NULL,
    "subject" "CaseSubject" NOT NULL,
    "questionCode" TEXT NOT NULL,
    "standardId" INTEGER NOT NULL,
    "applicable" INTEGER NOT NULL DEFAULT 0,
    "nonCompliant" INTEGER NOT NULL DEFAULT 0,
    "unclear" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportQuestionCaseTypeMonth_pkey" PRIMARY KEY ("month","category","subject","questionCode","standardId")
);

-- CreateIndex
CREATE INDEX "ReportHearing_caseId_courtDay_idx" ON "ReportHearing"("caseId", "courtDay");
