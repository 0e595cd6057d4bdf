import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { assertCodeKeepsStandard } from "../code-rules";
import { lockDraftVersion } from "../draft-guards";
import { versionChanges } from "../version-diff";

/**
 * Publishes a draft: from then on it is immutable (a database trigger refuses any change) and new
 * reports use it, as the newest published version of its checklist. Reports already started keep the
 * version they were started on.
 */
export async function publishVersion(versionId: number, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    await lockDraftVersion(tx, versionId);
    const version = await tx.checklistVersion.findUniqueOrThrow({
      where: { id: versionId },
      include: { questions: { orderBy: { position: "asc" } } },
    });
    if (version.questions.length === 0) throw new AppError("INVALID_STATE", "Empty version", undefined, { reason: "emptyVersion" });
    // Another checklist may have taken one of these codes for another standard since the draft was edited.
    for (const question of version.questions) await assertCodeKeepsStandard(tx, question.code, question.standardId);
    const base = version.basedOnId
      ? await tx.checklistQuestion.findMany({ where: { versionId: version.basedOnId }, orderBy: { position: "asc" } })
      : [];
    const changes = versionChanges(base, version.questions);
    const publishedAt = new Date();
    await tx.checklistVersion.update({ where: { id: versionId }, data: { status: "PUBLISHED", publishedAt, publishedById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id, action: "checklistVersion.publish", entityType: "ChecklistVersion", entityId: versionId,
      before: { status: "DRAFT" }, after: { status: "PUBLISHED", number: version.number, publishedAt, questions: version.questions.length },
      meta: changes,
    });
    return { id: versionId, number: version.number, ...changes };
  });
}
