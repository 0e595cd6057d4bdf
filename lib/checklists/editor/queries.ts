import "server-only";
import { prisma } from "@/lib/db";
import type { Condition } from "../condition";
import { loadChecklistVersion } from "../version-queries";
import type { ChoiceOption } from "./schema";
import { versionChanges } from "./version-diff";

/** Each checklist with its versions, newest first, and how many reports were filled on each. */
export async function listChecklistTemplates() {
  return prisma.checklistTemplate.findMany({
    orderBy: { code: "asc" },
    select: {
      id: true, code: true, name: true,
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true, number: true, status: true, notes: true, createdAt: true, publishedAt: true,
          _count: { select: { questions: true, hearings: true } },
        },
      },
    },
  });
}

export async function standardOptions() {
  return prisma.standard.findMany({ orderBy: { number: "asc" }, select: { id: true, code: true, number: true, nameEn: true, nameSq: true, nameSr: true } });
}

const QUESTION_SELECT = {
  id: true, code: true, standardId: true, position: true, answerType: true, options: true, condition: true, nonCompliantAnswers: true,
  required: true, textEn: true, textSq: true, textSr: true, helpEn: true, helpSq: true, helpSr: true,
} as const;

/** The question as the editor and the preview use it: JSON columns typed. */
function typed<Q extends { options: unknown; condition: unknown; nonCompliantAnswers: unknown }>(q: Q) {
  return { ...q, options: q.options as ChoiceOption[], condition: q.condition as Condition | null, nonCompliantAnswers: q.nonCompliantAnswers as string[] };
}

/** A version with its questions in order, and what it changes compared with the version it came from. */
export async function getVersionForEditor(id: number) {
  const version = await prisma.checklistVersion.findUnique({
    where: { id },
    select: {
      id: true, number: true, status: true, notes: true, createdAt: true, publishedAt: true, basedOnId: true, templateId: true,
      template: { select: { id: true, code: true, name: true } },
      questions: { orderBy: { position: "asc" }, select: QUESTION_SELECT },
      _count: { select: { hearings: true } },
    },
  });
  if (!version) return null;
  const base = version.basedOnId
    ? await prisma.checklistVersion.findUnique({ where: { id: version.basedOnId }, select: { number: true, questions: { select: QUESTION_SELECT } } })
    : null;
  return {
    ...version,
    questions: version.questions.map(typed),
    basedOn: base ? { number: base.number, changes: versionChanges(base.questions, version.questions) } : null,
  };
}

export type EditorVersion = NonNullable<Awaited<ReturnType<typeof getVersionForEditor>>>;
export type EditorQuestion = EditorVersion["questions"][number];

/** A version's questions exactly as the monitor's form receives them, for the preview; a draft too. */
export async function getVersionForPreview(id: number) {
  const version = await prisma.checklistVersion.findUnique({
    where: { id },
    select: { id: true, number: true, status: true, template: { select: { name: true } } },
  });
  if (!version) return null;
  const { questions } = await loadChecklistVersion(id);
  return { ...version, questions };
}

export async function getQuestionForEditor(id: number) {
  const question = await prisma.checklistQuestion.findUnique({
    where: { id },
    select: { ...QUESTION_SELECT, version: { select: { id: true, number: true, status: true, template: { select: { name: true } } } } },
  });
  return question ? typed(question) : null;
}

export async function checklistVersionHistory(id: number, take = 30) {
  return prisma.auditLog.findMany({
    where: { entityType: "ChecklistVersion", entityId: String(id) },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, action: true, createdAt: true, actor: { select: { name: true } } },
  });
}
