import type { ChecklistVersionView } from "@/lib/checklists/question-view";
import type { CaseCategory, CaseSubject, Compliance, Department, ReviewState } from "@/lib/generated/prisma/enums";
import type { CourtOption } from "./court-option";
import type { HearingReportValues } from "./schema";

export interface ReviewCommentView {
  id: number;
  questionCode: string | null;
  body: string;
  round: number;
  authorName: string;
  createdAt: Date;
  resolved: boolean;
}

/** Everything the report page shows, for one hearing the user may see. */
export interface HearingReport {
  id: number;
  version: number;
  reviewState: ReviewState;
  /** The monitor's own draft or returned report: the form; anything else is read-only. */
  editable: boolean;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  approvedAt: Date | null;
  updatedAt: Date;
  kase: { id: number; caseNumber: string; category: CaseCategory; subject: CaseSubject; department: Department };
  court: CourtOption;
  judgeName: string | null;
  monitor: { id: number; name: string };
  reviewerName: string | null;
  checklist: ChecklistVersionView;
  values: HearingReportValues;
  /** False: the names of people are withheld from this user (and empty in `values`). */
  showPersonal: boolean;
  delayMinutes: number | null;
  durationMinutes: number | null;
  answerCompliance: Record<string, Compliance>;
  standardResults: { standardId: number; result: Compliance; nonCompliantCount: number }[];
  comments: ReviewCommentView[];
  /** The case's earlier hearing this one's court details and parties were copied from, for the monitor to confirm. */
  prefilledFrom: { scheduledAt: Date } | null;
}
