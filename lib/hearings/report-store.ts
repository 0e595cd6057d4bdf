import "server-only";
import { editableHearingScope, hearingScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session-user";
import { loadChecklistVersion } from "@/lib/checklists/version-queries";
import type { ChecklistVersionView } from "@/lib/checklists/question-view";
import type { DbClient } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { OutgoingReportValues } from "@/lib/security/personal-data";
import type { ReportEvaluation } from "./evaluate-report";
import type { ConflictDetails } from "./conflict";
import type { CaseFacts } from "./fact-rules";
import { diffReports, type ReportChange } from "./report-diff";
import { HEARING_FACT_SELECT, toFactColumns, toPersonalColumns, toReportValues } from "./report-values";
import type { HearingReportValues } from "./schema";

/**
 * Reading a report for a write and writing it back: the shared core of saving a draft and submitting (and,
 * later, of a reviewer's corrections). Everything takes the transaction the caller runs in.
 */
export interface StoredReport {
  id: number;
  version: number;
  reviewState: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";
  monitorId: number;
  courtId: number;
  courtDepartments: string[];
  kase: CaseFacts;
  checklist: ChecklistVersionView;
  values: HearingReportValues;
  updatedAt: Date;
  /** Who loaded it: a stale write reloads the report as this user to return the version that won. */
  loadedBy: SessionUser;
}

/** The report as stored, if the user may see it at all (else NOT_FOUND: out of scope does not exist). */
export async function loadStoredReport(tx: DbClient, hearingId: number, user: SessionUser): Promise<StoredReport> {
  const row = await tx.hearing.findFirst({
    where: { id: hearingId, AND: [hearingScope(user)] },
    select: {
      ...HEARING_FACT_SELECT,
      id: true, version: true, reviewState: true, monitorId: true, courtId: true, checklistVersionId: true, updatedAt: true,
      case: { select: { category: true, subject: true } },
      court: { select: { departments: true } },
      personalData: { select: { defendantNames: true, victimNames: true, witnessNames: true, juvenileDetails: true } },
      answers: { select: { questionCode: true, value: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND", "Hearing not found");
  return {
    id: row.id,
    version: row.version,
    reviewState: row.reviewState,
    monitorId: row.monitorId,
    courtId: row.courtId,
    courtDepartments: row.court.departments,
    kase: row.case,
    checklist: await loadChecklistVersion(row.checklistVersionId, tx),
    values: toReportValues(row, row.personalData, row.answers),
    updatedAt: row.updatedAt,
    loadedBy: user,
  };
}

/**
 * Only what the user may edit changes (a monitor: their own drafts and returned reports, as
 * `editableHearingScope` says); a stale version is refused with the current one.
 */
export async function assertWritable(tx: DbClient, report: StoredReport, user: SessionUser, baseVersion: number) {
  const editable = await tx.hearing.count({ where: { id: report.id, AND: [editableHearingScope(user)] } });
  if (!editable) throw new AppError("INVALID_STATE", "This report can no longer be changed");
  if (report.version !== baseVersion) throw staleVersion(report);
}

/**
 * The version that won, for the client to resolve the conflict. Its values leave as OutgoingReportValues:
 * the action wrapper filters them for the reader (ConflictDetails is what the client receives), so a
 * reviewer who may not see names does not get them here either.
 */
function staleVersion(report: StoredReport): AppError {
  const details: Omit<ConflictDetails, "values"> & { values: OutgoingReportValues } = {
    version: report.version, updatedAt: report.updatedAt.toISOString(), values: new OutgoingReportValues(report.values, report, report.checklist.questions),
  };
  return new AppError("CONFLICT", "The report changed since this version", undefined, details);
}

/** Checks the references a report makes to other records: the judge sits in the hearing's court, the department exists there. */
export async function assertReferences(tx: DbClient, report: StoredReport, values: HearingReportValues) {
  const { judgeId, department } = values.facts;
  if (department !== report.values.facts.department && !report.courtDepartments.includes(department)) {
    throw new AppError("VALIDATION", "Department not in this court", { "facts.department": ["validation.invalid"] });
  }
  if (judgeId !== null && judgeId !== report.values.facts.judgeId) {
    const judge = await tx.judge.findFirst({ where: { id: judgeId, courtId: report.courtId }, select: { id: true } });
    if (!judge) throw new AppError("VALIDATION", "Judge not in this court", { "facts.judgeId": ["validation.invalid"] });
  }
}

/**
 * Writes the evaluated report over the stored one: the hearing's columns (with the version bumped, guarded
 * by the version read), the names, the answers that changed and the per-standard results, all in the
 * caller's transaction. Returns the new version and what changed; with nothing changed and no `extra`
 * columns to set, writes nothing.
 */
export async function writeReport(
  tx: DbClient,
  report: StoredReport,
  evaluation: ReportEvaluation,
  extra: Prisma.HearingUpdateManyMutationInput = {},
): Promise<{ version: number; changes: ReportChange[] }> {
  const changes = diffReports(report.values, evaluation.values);
  if (!changes.length && !Object.keys(extra).length) return { version: report.version, changes };
  const updated = await tx.hearing.updateMany({
    where: { id: report.id, version: report.version },
    data: { ...toFactColumns(evaluation.values.facts), ...extra, version: { increment: 1 } },
  });
  // Another save committed between our read and this write: return the version that won, read afresh.
  if (updated.count !== 1) throw staleVersion(await loadStoredReport(tx, report.id, report.loadedBy));

  if (changes.some((c) => c.section === "personal")) {
    const columns = toPersonalColumns(evaluation.values.personal);
    await tx.hearingPersonalData.upsert({ where: { hearingId: report.id }, create: { hearingId: report.id, ...columns }, update: columns });
  }

  const answerChanges = changes.filter((c) => c.section === "answers");
  if (answerChanges.length) {
    const questionByCode = new Map(report.checklist.questions.map((q) => [q.code, q]));
    const compliance = new Map(evaluation.checklist.answers.map((a) => [a.code, a.compliance]));
    await tx.answer.deleteMany({ where: { hearingId: report.id, questionCode: { in: answerChanges.map((c) => c.key) } } });
    const kept = answerChanges.filter((c) => compliance.has(c.key));
    if (kept.length) {
      await tx.answer.createMany({
        data: kept.map((c) => {
          const question = questionByCode.get(c.key)!;
          return {
            hearingId: report.id, questionId: question.id, questionCode: question.code, standardId: question.standard.id,
            value: c.after as Prisma.InputJsonValue, compliance: compliance.get(c.key)!,
          };
        }),
      });
    }
  }

  await tx.hearingStandardResult.deleteMany({ where: { hearingId: report.id } });
  await tx.hearingStandardResult.createMany({
    data: evaluation.checklist.standards.map((s) => ({ hearingId: report.id, standardId: s.standardId, result: s.result, nonCompliantCount: s.nonCompliantCount })),
  });
  return { version: report.version + 1, changes };
}
