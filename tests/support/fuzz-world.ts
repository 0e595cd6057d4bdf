// A small world for the fuzz tests: one signed-in user per role (with an open session), and a record
// behind each detail page, so that every page gets past "not found" to read its query string.
import { openSession } from "@/lib/auth/user-sessions";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { createDraftVersion } from "@/lib/checklists/editor/commands/create-draft";
import { createFinding } from "@/lib/findings/commands/create-finding";
import { createIntervention } from "@/lib/interventions/commands/create-intervention";
import { createUser } from "./fixtures";
import { answerAll, heldFacts, newKey, scheduleDraft } from "./hearing-fixtures";
import { submitHearingReport } from "@/lib/hearings/submit-hearing-report";
import { approveReport } from "@/lib/review/approve-report";

export interface FuzzWorld {
  users: Record<Role, SessionUser>;
  /** next-auth's decoded token for each user, as the mocked getServerSession returns it. */
  tokens: Record<Role, { uid: number; sv: number; sid: string }>;
  /** Valid route parameters of each dynamic page, by its path without route groups. */
  params: Record<string, Record<string, string>>;
}

export async function buildFuzzWorld(): Promise<FuzzWorld> {
  const roles: Role[] = ["MONITOR", "ANALYST", "MANAGER", "ADMIN"];
  const users = Object.fromEntries(await Promise.all(roles.map(async (role) => [role, await createUser(role)]))) as Record<Role, SessionUser>;
  const tokens = Object.fromEntries(await Promise.all(roles.map(async (role) => [role, { uid: users[role].id, sv: 1, sid: await openSession(users[role].id) }]))) as FuzzWorld["tokens"];

  const draft = await scheduleDraft(users.MONITOR);
  const approvedDraft = await scheduleDraft(users.MONITOR);
  const report = answerAll(approvedDraft.checklist, approvedDraft.kase, heldFacts(), ["PUB_LISTED"]);
  report.personal.victimNames = "V. V.";
  const submitted = await submitHearingReport({ hearingId: approvedDraft.hearingId, baseVersion: approvedDraft.version, idempotencyKey: newKey(), report }, users.MONITOR);
  await approveReport({ hearingId: approvedDraft.hearingId, baseVersion: submitted.version }, users.ANALYST);
  const standard = await prisma.standard.findUniqueOrThrow({ where: { number: 1 } });
  const { findingId } = await createFinding({ standardId: standard.id, severity: "MINOR", title: "Fuzz finding", description: "A finding.", hearingIds: [approvedDraft.hearingId] }, users.ANALYST);
  const { interventionId } = await createIntervention({
    institution: "COURT_PRESIDENT", addressee: "President", courtId: null, type: "LETTER", title: "Fuzz letter", description: "", sentAt: "2026-01-10",
    replyDueAt: "", repliedAt: "", reply: "", outcome: "PENDING", findingIds: [findingId],
  }, users.ANALYST);
  const hearing = await prisma.hearing.findUniqueOrThrow({ where: { id: approvedDraft.hearingId }, select: { caseId: true, courtId: true, checklistVersionId: true } });
  const { templateId } = await prisma.checklistVersion.findUniqueOrThrow({ where: { id: hearing.checklistVersionId }, select: { templateId: true } });
  // The editor's pages open on a draft: started last, so that the reports above use the published version.
  const draftVersion = await createDraftVersion(templateId, users.ADMIN);
  const draftQuestion = await prisma.checklistQuestion.findFirstOrThrow({ where: { versionId: draftVersion.id }, select: { id: true } });
  const court = await prisma.court.findUniqueOrThrow({ where: { id: hearing.courtId }, select: { regionId: true } });

  const id = (value: number) => ({ id: String(value) });
  return {
    users,
    tokens,
    params: {
      "hearings/[id]": id(draft.hearingId),
      "review/[id]": id(approvedDraft.hearingId),
      "review/[id]/correct": id(approvedDraft.hearingId),
      "cases/[id]": id(hearing.caseId),
      "findings/[id]": id(findingId),
      "findings/[id]/edit": id(findingId),
      "interventions/[id]": id(interventionId),
      "interventions/[id]/edit": id(interventionId),
      "admin/courts/[id]": id(hearing.courtId),
      "admin/regions/[id]": id(court.regionId!),
      "admin/users/[id]": id(users.MONITOR.id),
      "admin/checklists/versions/[id]": id(draftVersion.id),
      "admin/checklists/versions/[id]/preview": id(draftVersion.id),
      "admin/checklists/versions/[id]/questions/new": id(draftVersion.id),
      "admin/checklists/versions/[id]/questions/[questionId]": { id: String(draftVersion.id), questionId: String(draftQuestion.id) },
      "admin/checklists/codes/[templateId]": { templateId: String(templateId) },
    },
  };
}
