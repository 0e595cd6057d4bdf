-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('MONITOR', 'ANALYST', 'MANAGER', 'ADMIN');

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'sq', 'sr');

-- CreateEnum
CREATE TYPE "CourtKind" AS ENUM ('BASIC', 'BRANCH', 'APPEALS', 'SUPREME', 'SPECIAL_DEPARTMENT', 'COMMERCIAL');

-- CreateEnum
CREATE TYPE "Department" AS ENUM ('GENERAL', 'SERIOUS_CRIMES', 'JUVENILE', 'SPECIAL', 'ADMINISTRATIVE', 'COMMERCIAL', 'SPECIAL_CHAMBER');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('FEMALE', 'MALE', 'MIXED', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "CaseCategory" AS ENUM ('CRIMINAL', 'CIVIL', 'ADMINISTRATIVE', 'JUVENILE', 'COMMERCIAL');

-- CreateEnum
CREATE TYPE "CaseSubject" AS ENUM ('DOMESTIC_VIOLENCE', 'CORRUPTION', 'ORGANISED_CRIME', 'WAR_CRIMES', 'HATE_CRIME', 'TRAFFICKING', 'PROPERTY', 'LABOUR', 'GENERAL_CRIME', 'FAMILY', 'OTHER');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "HearingStage" AS ENUM ('INITIAL', 'PRELIMINARY', 'MAIN_TRIAL', 'CLOSING', 'PRONOUNCEMENT', 'DETENTION_REVIEW', 'APPEAL_SESSION', 'OTHER');

-- CreateEnum
CREATE TYPE "HearingStatus" AS ENUM ('HELD', 'ADJOURNED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "AdjournmentReason" AS ENUM ('DEFENDANT_ABSENT', 'WITNESS_ABSENT', 'DEFENCE_COUNSEL_ABSENT', 'PROSECUTOR_ABSENT', 'NO_INTERPRETER', 'IMPROPER_SUMMONS', 'CASE_FILE_MISSING', 'JUDGE_UNAVAILABLE', 'OTHER');

-- CreateEnum
CREATE TYPE "ProceedingsLanguage" AS ENUM ('ALBANIAN', 'SERBIAN', 'TURKISH', 'BOSNIAN', 'ROMANI', 'OTHER');

-- CreateEnum
CREATE TYPE "DetentionStatus" AS ENUM ('IN_DETENTION', 'HOUSE_ARREST', 'AT_LIBERTY', 'NOT_APPLICABLE');

-- CreateEnum
CREATE TYPE "DefenceCounsel" AS ENUM ('RETAINED', 'EX_OFFICIO', 'NONE');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('CONVICTION', 'ACQUITTAL', 'REJECTION', 'PLEA_AGREEMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "SentenceType" AS ENUM ('IMPRISONMENT', 'SUSPENDED', 'FINE', 'COMMUNITY_SERVICE', 'NONE');

-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "ChecklistVersionStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "AnswerType" AS ENUM ('YES_NO', 'SINGLE_CHOICE', 'MULTI_CHOICE', 'NUMBER', 'TEXT');

-- CreateEnum
CREATE TYPE "Compliance" AS ENUM ('COMPLIANT', 'NON_COMPLIANT', 'NOT_APPLICABLE', 'UNCLEAR');

-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('MINOR', 'SERIOUS', 'GRAVE');

-- CreateEnum
CREATE TYPE "FindingStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "Institution" AS ENUM ('COURT_PRESIDENT', 'CHIEF_PROSECUTOR', 'JUDICIAL_COUNCIL', 'PROSECUTORIAL_COUNCIL', 'BAR_ASSOCIATION', 'MINISTRY', 'OTHER');

-- CreateEnum
CREATE TYPE "InterventionType" AS ENUM ('LETTER', 'MEETING', 'TRAINING', 'REPORT');

-- CreateEnum
CREATE TYPE "InterventionOutcome" AS ENUM ('PENDING', 'ADDRESSED', 'PARTLY_ADDRESSED', 'NOT_ADDRESSED');

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "nameSq" TEXT NOT NULL,
    "nameSr" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Court" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "kind" "CourtKind" NOT NULL,
    "nameSq" TEXT NOT NULL,
    "nameSr" TEXT NOT NULL,
    "parentId" INTEGER,
    "regionId" INTEGER NOT NULL,
    "departments" "Department"[],
    "retiredAt" TIMESTAMP(3),
    "mergedIntoId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Court_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Judge" (
    "id" SERIAL NOT NULL,
    "courtId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL DEFAULT 'UNKNOWN',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Judge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "regionId" INTEGER,
    "locale" "Locale" NOT NULL DEFAULT 'en',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "passwordHash" TEXT NOT NULL,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdById" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" INTEGER,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" SERIAL NOT NULL,
    "courtId" INTEGER NOT NULL,
    "caseNumber" TEXT NOT NULL,
    "category" "CaseCategory" NOT NULL,
    "subject" "CaseSubject" NOT NULL,
    "department" "Department" NOT NULL DEFAULT 'GENERAL',
    "openedAt" DATE,
    "indictedAt" DATE,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "verdictAt" DATE,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Hearing" (
    "id" SERIAL NOT NULL,
    "caseId" INTEGER NOT NULL,
    "courtId" INTEGER NOT NULL,
    "department" "Department" NOT NULL DEFAULT 'GENERAL',
    "monitorId" INTEGER NOT NULL,
    "checklistVersionId" INTEGER NOT NULL,
    "clientKey" TEXT,
    "stage" "HearingStage",
    "judgeId" INTEGER,
    "panel" TEXT,
    "prosecutor" TEXT,
    "scheduledAt" TIMESTAMP(3) NOT NULL,
    "actualStartAt" TIMESTAMP(3),
    "endedAt" TIMESTAMP(3),
    "delayMinutes" INTEGER,
    "durationMinutes" INTEGER,
    "status" "HearingStatus",
    "adjournmentReasons" "AdjournmentReason"[],
    "nextHearingDate" DATE,
    "announcedPublicly" BOOLEAN,
    "publicAdmitted" BOOLEAN,
    "closedToPublic" BOOLEAN,
    "closureGround" TEXT,
    "language" "ProceedingsLanguage",
    "interpretationNeeded" BOOLEAN,
    "interpretationProvided" BOOLEAN,
    "recordingRequired" BOOLEAN,
    "audioVideoRecorded" BOOLEAN,
    "defendantCount" INTEGER,
    "defendantsPresent" BOOLEAN,
    "detentionStatus" "DetentionStatus",
    "defenceCounsel" "DefenceCounsel",
    "victimInvolved" BOOLEAN,
    "victimPresent" BOOLEAN,
    "victimRepresented" BOOLEAN,
    "juvenileInvolved" BOOLEAN,
    "judgeGender" "Gender",
    "prosecutorGender" "Gender",
    "defendantGender" "Gender",
    "victimGender" "Gender",
    "verdictPronounced" BOOLEAN,
    "verdict" "Verdict",
    "sentenceType" "SentenceType",
    "sentenceMonths" INTEGER,
    "fineEur" INTEGER,
    "protectionOrder" BOOLEAN,
    "narrative" TEXT,
    "reviewState" "ReviewState" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "submittedAt" TIMESTAMP(3),
    "reviewedAt" TIMESTAMP(3),
    "reviewerId" INTEGER,
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Hearing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HearingPersonalData" (
    "hearingId" INTEGER NOT NULL,
    "defendantNames" TEXT,
    "victimNames" TEXT,
    "witnessNames" TEXT,
    "juvenileDetails" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HearingPersonalData_pkey" PRIMARY KEY ("hearingId")
);

-- CreateTable
CREATE TABLE "Standard" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameSq" TEXT NOT NULL,
    "nameSr" TEXT NOT NULL,
    "basis" TEXT NOT NULL,

    CONSTRAINT "Standard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistTemplate" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChecklistTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistVersion" (
    "id" SERIAL NOT NULL,
    "templateId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "ChecklistVersionStatus" NOT NULL DEFAULT 'DRAFT',
    "notes" TEXT,
    "basedOnId" INTEGER,
    "publishedAt" TIMESTAMP(3),
    "publishedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChecklistVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistQuestion" (
    "id" SERIAL NOT NULL,
    "versionId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "standardId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "answerType" "AnswerType" NOT NULL,
    "options" JSONB NOT NULL DEFAULT '[]',
    "condition" JSONB,
    "nonCompliantAnswers" JSONB NOT NULL DEFAULT '[]',
    "required" BOOLEAN NOT NULL DEFAULT true,
    "textEn" TEXT NOT NULL,
    "textSq" TEXT NOT NULL,
    "textSr" TEXT NOT NULL,
    "helpEn" TEXT,
    "helpSq" TEXT,
    "helpSr" TEXT,

    CONSTRAINT "ChecklistQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "hearingId" INTEGER NOT NULL,
    "questionId" INTEGER NOT NULL,
    "questionCode" TEXT NOT NULL,
    "standardId" INTEGER NOT NULL,
    "value" JSONB NOT NULL,
    "compliance" "Compliance" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("hearingId","questionId")
);

-- CreateTable
CREATE TABLE "HearingStandardResult" (
    "hearingId" INTEGER NOT NULL,
    "standardId" INTEGER NOT NULL,
    "result" "Compliance" NOT NULL,
    "nonCompliantCount" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "HearingStandardResult_pkey" PRIMARY KEY ("hearingId","standardId")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" SERIAL NOT NULL,
    "hearingId" INTEGER NOT NULL,
    "authorId" INTEGER NOT NULL,
    "questionCode" TEXT,
    "body" TEXT NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 1,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" SERIAL NOT NULL,
    "standardId" INTEGER NOT NULL,
    "severity" "Severity" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "FindingStatus" NOT NULL DEFAULT 'OPEN',
    "caseId" INTEGER,
    "createdById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingHearing" (
    "findingId" INTEGER NOT NULL,
    "hearingId" INTEGER NOT NULL,

    CONSTRAINT "FindingHearing_pkey" PRIMARY KEY ("findingId","hearingId")
);

-- CreateTable
CREATE TABLE "Intervention" (
    "id" SERIAL NOT NULL,
    "institution" "Institution" NOT NULL,
    "addressee" TEXT NOT NULL,
    "courtId" INTEGER,
    "type" "InterventionType" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "sentAt" DATE,
    "replyDueAt" DATE,
    "repliedAt" DATE,
    "reply" TEXT,
    "outcome" "InterventionOutcome" NOT NULL DEFAULT 'PENDING',
    "createdById" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Intervention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterventionFinding" (
    "interventionId" INTEGER NOT NULL,
    "findingId" INTEGER NOT NULL,

    CONSTRAINT "InterventionFinding_pkey" PRIMARY KEY ("interventionId","findingId")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "meta" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "key" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Court_code_key" ON "Court"("code");

-- CreateIndex
CREATE INDEX "Court_regionId_idx" ON "Court"("regionId");

-- CreateIndex
CREATE INDEX "Court_parentId_idx" ON "Court"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Judge_courtId_name_key" ON "Judge"("courtId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_active_idx" ON "User"("role", "active");

-- CreateIndex
CREATE INDEX "User_regionId_idx" ON "User"("regionId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");

-- CreateIndex
CREATE INDEX "Case_category_subject_idx" ON "Case"("category", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "Case_courtId_caseNumber_key" ON "Case"("courtId", "caseNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Hearing_clientKey_key" ON "Hearing"("clientKey");

-- CreateIndex
CREATE INDEX "Hearing_monitorId_reviewState_scheduledAt_idx" ON "Hearing"("monitorId", "reviewState", "scheduledAt");

-- CreateIndex
CREATE INDEX "Hearing_reviewState_submittedAt_idx" ON "Hearing"("reviewState", "submittedAt");

-- CreateIndex
CREATE INDEX "Hearing_reviewState_scheduledAt_idx" ON "Hearing"("reviewState", "scheduledAt");

-- CreateIndex
CREATE INDEX "Hearing_courtId_scheduledAt_idx" ON "Hearing"("courtId", "scheduledAt");

-- CreateIndex
CREATE INDEX "Hearing_caseId_scheduledAt_idx" ON "Hearing"("caseId", "scheduledAt");

-- CreateIndex
CREATE UNIQUE INDEX "Standard_code_key" ON "Standard"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Standard_number_key" ON "Standard"("number");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistTemplate_code_key" ON "ChecklistTemplate"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistVersion_templateId_number_key" ON "ChecklistVersion"("templateId", "number");

-- CreateIndex
CREATE INDEX "ChecklistQuestion_code_idx" ON "ChecklistQuestion"("code");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistQuestion_versionId_code_key" ON "ChecklistQuestion"("versionId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "ChecklistQuestion_versionId_position_key" ON "ChecklistQuestion"("versionId", "position");

-- CreateIndex
CREATE INDEX "Answer_questionCode_compliance_idx" ON "Answer"("questionCode", "compliance");

-- CreateIndex
CREATE INDEX "HearingStandardResult_standardId_result_idx" ON "HearingStandardResult"("standardId", "result");

-- CreateIndex
CREATE INDEX "ReviewComment_hearingId_createdAt_idx" ON "ReviewComment"("hearingId", "createdAt");

-- CreateIndex
CREATE INDEX "Finding_status_severity_idx" ON "Finding"("status", "severity");

-- CreateIndex
CREATE INDEX "Finding_standardId_createdAt_idx" ON "Finding"("standardId", "createdAt");

-- CreateIndex
CREATE INDEX "FindingHearing_hearingId_idx" ON "FindingHearing"("hearingId");

-- CreateIndex
CREATE INDEX "Intervention_outcome_replyDueAt_idx" ON "Intervention"("outcome", "replyDueAt");

-- CreateIndex
CREATE INDEX "InterventionFinding_findingId_idx" ON "InterventionFinding"("findingId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_createdAt_idx" ON "AuditLog"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "IdempotencyKey_createdAt_idx" ON "IdempotencyKey"("createdAt");

-- AddForeignKey
ALTER TABLE "Court" ADD CONSTRAINT "Court_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Court"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Court" ADD CONSTRAINT "Court_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Court" ADD CONSTRAINT "Court_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Court"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Judge" ADD CONSTRAINT "Judge_courtId_fkey" FOREIGN KEY ("courtId") REFERENCES "Court"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_courtId_fkey" FOREIGN KEY ("courtId") REFERENCES "Court"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hearing" ADD CONSTRAINT "Hearing_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hearing" ADD CONSTRAINT "Hearing_courtId_fkey" FOREIGN KEY ("courtId") REFERENCES "Court"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hearing" ADD CONSTRAINT "Hearing_monitorId_fkey" FOREIGN KEY ("monitorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hearing" ADD CONSTRAINT "Hearing_checklistVersionId_fkey" FOREIGN KEY ("checklistVersionId") REFERENCES "ChecklistVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hearing" ADD CONSTRAINT "Hearing_judgeId_fkey" FOREIGN KEY ("judgeId") REFERENCES "Judge"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Hearing" ADD CONSTRAINT "Hearing_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HearingPersonalData" ADD CONSTRAINT "HearingPersonalData_hearingId_fkey" FOREIGN KEY ("hearingId") REFERENCES "Hearing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistVersion" ADD CONSTRAINT "ChecklistVersion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "ChecklistTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistQuestion" ADD CONSTRAINT "ChecklistQuestion_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ChecklistVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistQuestion" ADD CONSTRAINT "ChecklistQuestion_standardId_fkey" FOREIGN KEY ("standardId") REFERENCES "Standard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_hearingId_fkey" FOREIGN KEY ("hearingId") REFERENCES "Hearing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "ChecklistQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_standardId_fkey" FOREIGN KEY ("standardId") REFERENCES "Standard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HearingStandardResult" ADD CONSTRAINT "HearingStandardResult_hearingId_fkey" FOREIGN KEY ("hearingId") REFERENCES "Hearing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HearingStandardResult" ADD CONSTRAINT "HearingStandardResult_standardId_fkey" FOREIGN KEY ("standardId") REFERENCES "Standard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_hearingId_fkey" FOREIGN KEY ("hearingId") REFERENCES "Hearing"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_standardId_fkey" FOREIGN KEY ("standardId") REFERENCES "Standard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingHearing" ADD CONSTRAINT "FindingHearing_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FindingHearing" ADD CONSTRAINT "FindingHearing_hearingId_fkey" FOREIGN KEY ("hearingId") REFERENCES "Hearing"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_courtId_fkey" FOREIGN KEY ("courtId") REFERENCES "Court"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterventionFinding" ADD CONSTRAINT "InterventionFinding_interventionId_fkey" FOREIGN KEY ("interventionId") REFERENCES "Intervention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterventionFinding" ADD CONSTRAINT "InterventionFinding_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
