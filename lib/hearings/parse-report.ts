import type { ChecklistQuestionView } from "@/lib/checklists/question-view";
import { AppError } from "@/lib/errors/app-error";
import { buildHearingReportSchema, type HearingReportValues } from "./schema";

/**
 * Validates a report against its own checklist version's schema (the one the form uses), turning zod's
 * issues into field errors keyed by path ("facts.endTime", "answers.PUB_LISTED").
 */
export function parseReport(questions: ChecklistQuestionView[], raw: unknown): HearingReportValues {
  const parsed = buildHearingReportSchema(questions).safeParse(raw);
  if (parsed.success) return parsed.data as HearingReportValues;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join(".") || "_";
    (fieldErrors[path] ??= []).push(issue.message);
  }
  throw new AppError("VALIDATION", "Invalid report", fieldErrors);
}
