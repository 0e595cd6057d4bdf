import "server-only";
import type { DbClient } from "@/lib/db";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { AnswerType } from "./compliance";
import type { Condition } from "./condition";
import type { ChecklistQuestionView, ChecklistVersionView, ChoiceOption } from "./question-view";

// A published version never changes (a database trigger refuses it), so it is loaded once per process:
// every background save of a report needs its questions.
const publishedCache = new Map<number, ChecklistVersionView>();

const questionSelect = {
  id: true, code: true, position: true, answerType: true, options: true, condition: true, nonCompliantAnswers: true,
  required: true, textEn: true, textSq: true, textSr: true, helpEn: true, helpSq: true, helpSr: true,
  standard: { select: { id: true, code: true, number: true, nameEn: true, nameSq: true, nameSr: true } },
} as const;

type QuestionRow = {
  id: number; code: string; position: number; answerType: AnswerType; options: unknown; condition: unknown;
  nonCompliantAnswers: unknown; required: boolean; textEn: string; textSq: string; textSr: string;
  helpEn: string | null; helpSq: string | null; helpSr: string | null;
  standard: { id: number; code: string; number: number; nameEn: string; nameSq: string; nameSr: string };
};

function toQuestionView(row: QuestionRow): ChecklistQuestionView {
  const hasHelp = row.helpEn || row.helpSq || row.helpSr;
  return {
    id: row.id,
    code: row.code,
    position: row.position,
    standard: { id: row.standard.id, code: row.standard.code, number: row.standard.number, name: { en: row.standard.nameEn, sq: row.standard.nameSq, sr: row.standard.nameSr } },
    answerType: row.answerType,
    options: Array.isArray(row.options) ? (row.options as ChoiceOption[]) : [],
    condition: (row.condition as Condition | null) ?? null,
    nonCompliantAnswers: Array.isArray(row.nonCompliantAnswers) ? (row.nonCompliantAnswers as string[]) : [],
    required: row.required,
    text: { en: row.textEn, sq: row.textSq, sr: row.textSr },
    help: hasHelp ? { en: row.helpEn ?? "", sq: row.helpSq ?? "", sr: row.helpSr ?? "" } : null,
  };
}

/** A checklist version with its questions in order, as plain data for forms and rules. */
export async function loadChecklistVersion(versionId: number, db: DbClient = prisma): Promise<ChecklistVersionView> {
  const cached = publishedCache.get(versionId);
  if (cached) return cached;
  const version = await db.checklistVersion.findUnique({
    where: { id: versionId },
    select: { id: true, number: true, status: true, questions: { orderBy: { position: "asc" }, select: questionSelect } },
  });
  if (!version) throw new AppError("NOT_FOUND", "Checklist version not found");
  const view: ChecklistVersionView = { id: version.id, number: version.number, questions: version.questions.map(toQuestionView) };
  if (version.status === "PUBLISHED") publishedCache.set(versionId, view);
  return view;
}

/** The version new reports are filled on: the most recently published one. */
export async function latestPublishedVersionId(db: DbClient = prisma): Promise<number> {
  const version = await db.checklistVersion.findFirst({
    where: { status: "PUBLISHED" },
    orderBy: [{ publishedAt: "desc" }, { number: "desc" }],
    select: { id: true },
  });
  if (!version) throw new AppError("INVALID_STATE", "No checklist version has been published");
  return version.id;
}
