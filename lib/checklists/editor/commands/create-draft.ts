import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";

const reason = (why: string) => new AppError("INVALID_STATE", why, undefined, { reason: why });

/**
 * Starts the next version of a checklist as a draft copy of its newest published version. One draft per
 * checklist at a time, so that two admins do not write competing next versions.
 */
export async function createDraftVersion(templateId: number, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "ChecklistTemplate" WHERE "id" = ${templateId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("NOT_FOUND");
    if (await tx.checklistVersion.findFirst({ where: { templateId, status: "DRAFT" }, select: { id: true } })) throw reason("draftExists");
    const current = await tx.checklistVersion.findFirst({
      where: { templateId, status: "PUBLISHED" },
      orderBy: { number: "desc" },
      include: { questions: { orderBy: { position: "asc" } } },
    });
    if (!current) throw reason("noPublishedVersion");
    const last = await tx.checklistVersion.aggregate({ where: { templateId }, _max: { number: true } });
    const draft = await tx.checklistVersion.create({
      data: { templateId, number: (last._max.number ?? 0) + 1, basedOnId: current.id },
      select: { id: true, number: true },
    });
    await tx.checklistQuestion.createMany({
      data: current.questions.map(({ id: _id, versionId: _versionId, condition, options, nonCompliantAnswers, ...q }) => ({
        ...q,
        versionId: draft.id,
        condition: condition === null ? Prisma.DbNull : (condition as Prisma.InputJsonValue),
        options: options as Prisma.InputJsonValue,
        nonCompliantAnswers: nonCompliantAnswers as Prisma.InputJsonValue,
      })),
    });
    await recordAudit(tx, {
      actorId: actor.id, action: "checklistVersion.createDraft", entityType: "ChecklistVersion", entityId: draft.id,
      after: { templateId, number: draft.number, basedOn: current.number, questions: current.questions.length },
    });
    return { id: draft.id, number: draft.number };
  });
}
