import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import type { SessionUser } from "@/lib/auth/session-user";
import { prisma, type DbClient } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCodeFreeInVersion, assertCodeKeepsStandard, assertStandardExists } from "../code-rules";
import { lockDraftOfQuestion, lockDraftVersion, QUESTION_AUDIT_SELECT } from "../draft-guards";
import type { QuestionInput } from "../schema";
import { YES_NO_OPTIONS } from "../yes-no-options";

function questionData(q: QuestionInput) {
  return {
    code: q.code, standardId: q.standardId, answerType: q.answerType,
    options: q.answerType === "YES_NO" ? YES_NO_OPTIONS : q.options,
    condition: q.condition ?? Prisma.DbNull,
    nonCompliantAnswers: q.nonCompliantAnswers, required: q.required,
    textEn: q.textEn, textSq: q.textSq, textSr: q.textSr, helpEn: q.helpEn, helpSq: q.helpSq, helpSr: q.helpSr,
  };
}

async function checkQuestion(tx: DbClient, versionId: number, q: QuestionInput, exceptQuestionId?: number) {
  await assertStandardExists(tx, q.standardId);
  await assertCodeKeepsStandard(tx, q.code, q.standardId);
  await assertCodeFreeInVersion(tx, versionId, q.code, exceptQuestionId);
}

async function touchVersion(tx: DbClient, versionId: number) {
  await tx.checklistVersion.update({ where: { id: versionId }, data: { updatedAt: new Date() } });
}

/** Adds a question at the end of a draft. */
export async function addQuestion(versionId: number, q: QuestionInput, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    await lockDraftVersion(tx, versionId);
    await checkQuestion(tx, versionId, q);
    const last = await tx.checklistQuestion.aggregate({ where: { versionId }, _max: { position: true } });
    const created = await tx.checklistQuestion.create({
      data: { versionId, position: (last._max.position ?? 0) + 1, ...questionData(q) },
      select: QUESTION_AUDIT_SELECT,
    });
    await touchVersion(tx, versionId);
    await recordAudit(tx, { actorId: actor.id, action: "checklistQuestion.add", entityType: "ChecklistVersion", entityId: versionId, after: created });
    return { id: created.id };
  });
}

export async function updateQuestion(questionId: number, q: QuestionInput, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    const versionId = await lockDraftOfQuestion(tx, questionId);
    await checkQuestion(tx, versionId, q, questionId);
    const before = await tx.checklistQuestion.findUniqueOrThrow({ where: { id: questionId }, select: QUESTION_AUDIT_SELECT });
    const after = await tx.checklistQuestion.update({ where: { id: questionId }, data: questionData(q), select: QUESTION_AUDIT_SELECT });
    await touchVersion(tx, versionId);
    await recordAudit(tx, { actorId: actor.id, action: "checklistQuestion.update", entityType: "ChecklistVersion", entityId: versionId, before, after });
    return { id: questionId };
  });
}

/** Removes a question from a draft; the positions after it close up. Older versions keep it. */
export async function removeQuestion(questionId: number, actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    const versionId = await lockDraftOfQuestion(tx, questionId);
    const before = await tx.checklistQuestion.delete({ where: { id: questionId }, select: QUESTION_AUDIT_SELECT });
    // Two steps through negative positions: (versionId, position) is unique at every row update.
    await tx.$executeRaw`UPDATE "ChecklistQuestion" SET "position" = -"position" WHERE "versionId" = ${versionId} AND "position" > ${before.position}`;
    await tx.$executeRaw`UPDATE "ChecklistQuestion" SET "position" = -"position" - 1 WHERE "versionId" = ${versionId} AND "position" < 0`;
    await touchVersion(tx, versionId);
    await recordAudit(tx, { actorId: actor.id, action: "checklistQuestion.remove", entityType: "ChecklistVersion", entityId: versionId, before });
    return { versionId };
  });
}

/** Swaps a question with its neighbour above or below. */
export async function moveQuestion(questionId: number, direction: "up" | "down", actor: SessionUser) {
  return prisma.$transaction(async (tx) => {
    const versionId = await lockDraftOfQuestion(tx, questionId);
    const question = await tx.checklistQuestion.findUniqueOrThrow({ where: { id: questionId }, select: { id: true, code: true, position: true } });
    const neighbour = await tx.checklistQuestion.findFirst({
      where: { versionId, position: direction === "up" ? { lt: question.position } : { gt: question.position } },
      orderBy: { position: direction === "up" ? "desc" : "asc" },
      select: { id: true, position: true },
    });
    if (!neighbour) return { moved: false };
    await tx.checklistQuestion.update({ where: { id: question.id }, data: { position: -1 } });
    await tx.checklistQuestion.update({ where: { id: neighbour.id }, data: { position: question.position } });
    await tx.checklistQuestion.update({ where: { id: question.id }, data: { position: neighbour.position } });
    await touchVersion(tx, versionId);
    await recordAudit(tx, {
      actorId: actor.id, action: "checklistQuestion.move", entityType: "ChecklistVersion", entityId: versionId,
      before: { code: question.code, position: question.position }, after: { code: question.code, position: neighbour.position },
    });
    return { moved: true };
  });
}
