import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { lockDraftVersion } from "../draft-guards";

/** The draft's note on what changes and why, kept with the version once published. */
export async function updateVersionNotes(versionId: number, notes: string, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    await lockDraftVersion(tx, versionId);
    const before = await tx.checklistVersion.findUniqueOrThrow({ where: { id: versionId }, select: { notes: true } });
    const after = await tx.checklistVersion.update({ where: { id: versionId }, data: { notes: notes || null }, select: { notes: true } });
    await recordAudit(tx, { actorId: actor.id, action: "checklistVersion.notes", entityType: "ChecklistVersion", entityId: versionId, before, after });
    return { id: versionId };
  });
}

/** Throws a draft away. No report can be on it: reports only ever start on published versions. */
export async function discardDraft(versionId: number, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    const { templateId } = await lockDraftVersion(tx, versionId);
    const version = await tx.checklistVersion.findUniqueOrThrow({ where: { id: versionId }, select: { number: true, _count: { select: { questions: true } } } });
    await tx.checklistQuestion.deleteMany({ where: { versionId } });
    await tx.checklistVersion.delete({ where: { id: versionId } });
    await recordAudit(tx, {
      actorId: actor.id, action: "checklistVersion.discard", entityType: "ChecklistVersion", entityId: versionId,
      before: { templateId, number: version.number, status: "DRAFT", questions: version._count.questions },
    });
    return { templateId };
  });
}
