import "server-only";
import { hearingScope, maySeePersonalData } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadChecklistVersion } from "@/lib/checklists/version-queries";
import { prisma } from "@/lib/db";
import { reportValuesFor } from "@/lib/security/personal-data";
import { mayEditReport } from "./editable-states";
import { HEARING_FACT_SELECT, toReportValues } from "./report-values";
import type { HearingReport } from "./report-types";

/** The report, or null when it does not exist for this user (out of scope is not found). */
export async function getHearingReport(id: number, user: SessionUser): Promise<HearingReport | null> {
  const row = await prisma.hearing.findFirst({
    where: { id, AND: [hearingScope(user)] },
    select: {
      ...HEARING_FACT_SELECT,
      id: true, version: true, reviewState: true, submittedAt: true, reviewedAt: true, approvedAt: true, updatedAt: true,
      checklistVersionId: true, monitorId: true,
      case: { select: { id: true, caseNumber: true, category: true, subject: true, department: true } },
      court: {
        select: {
          id: true, nameSq: true, nameSr: true, kind: true, departments: true,
          judges: { where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true, gender: true } },
        },
      },
      judge: { select: { name: true } },
      monitor: { select: { id: true, name: true } },
      prefilledFrom: { select: { scheduledAt: true } },
      reviewer: { select: { name: true } },
      personalData: { select: { defendantNames: true, victimNames: true, witnessNames: true, juvenileDetails: true } },
      answers: { select: { questionCode: true, value: true, compliance: true } },
      standardResults: { select: { standardId: true, result: true, nonCompliantCount: true } },
      comments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, questionCode: true, body: true, round: true, createdAt: true, resolvedAt: true, author: { select: { name: true } } },
      },
    },
  });
  if (!row) return null;
  const showPersonal = maySeePersonalData(user, row);
  const own = row.monitorId === user.id;
  const checklist = await loadChecklistVersion(row.checklistVersionId);
  const values = reportValuesFor(user, row, checklist.questions, toReportValues(row, row.personalData, row.answers));
  return {
    id: row.id,
    version: row.version,
    reviewState: row.reviewState,
    editable: mayEditReport(row, user),
    submittedAt: row.submittedAt,
    reviewedAt: row.reviewedAt,
    approvedAt: row.approvedAt,
    updatedAt: row.updatedAt,
    kase: row.case,
    court: row.court,
    judgeName: row.judge?.name ?? null,
    monitor: row.monitor,
    reviewerName: row.reviewer?.name ?? null,
    checklist,
    values,
    showPersonal,
    delayMinutes: row.delayMinutes,
    durationMinutes: row.durationMinutes,
    answerCompliance: Object.fromEntries(row.answers.map((a) => [a.questionCode, a.compliance])),
    standardResults: row.standardResults,
    // Review comments are between the report's author and the reviewers, not for other monitors.
    comments: own || user.role !== "MONITOR"
      ? row.comments.map((c) => ({ id: c.id, questionCode: c.questionCode, body: c.body, round: c.round, authorName: c.author.name, createdAt: c.createdAt, resolved: c.resolvedAt !== null }))
      : [],
    prefilledFrom: row.prefilledFrom,
  };
}
