-- CreateTable
CREATE TABLE "ReportStandardCourtCategoryMonth" (
    "month" DATE NOT NULL,
    "courtId" INTEGER NOT NULL,
    "category" "CaseCategory" NOT NULL,
    "standardId" INTEGER NOT NULL,
    "applicable" INTEGER NOT NULL DEFAULT 0,
    "nonCompliant" INTEGER NOT NULL DEFAULT 0,
    "unclear" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportStandardCourtCategoryMonth_pkey" PRIMARY KEY ("month","courtId","category","standardId")
);

-- CreateTable
CREATE TABLE "ReportQuestionCourtCategoryMonth" (
    "month" DATE NOT NULL,
    "courtId" INTEGER NOT NULL,
    "category" "CaseCategory" NOT NULL,
    "questionCode" TEXT NOT NULL,
    "standardId" INTEGER NOT NULL,
    "applicable" INTEGER NOT NULL DEFAULT 0,
    "nonCompliant" INTEGER NOT NULL DEFAULT 0,
    "unclear" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportQuestionCourtCategoryMonth_pkey" PRIMARY KEY ("month","courtId","category","questionCode","standardId")
);
