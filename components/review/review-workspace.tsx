"use client";

import { useState } from "react";
import { ReportView } from "@/components/hearings/report-view";
import type { HearingReport } from "@/lib/hearings/report-types";
import { DecisionPanel } from "./decision-panel";
import { QuestionCommentBox } from "./question-comment-box";

/**
 * A submitted report under review: read-only, results with the breaches first, a comment box under each
 * answer, and the decision (return with the comments, or approve) after it.
 */
export function ReviewWorkspace({ report }: { report: HearingReport }) {
  const [comments, setComments] = useState<Record<string, string>>({});
  const [decided, setDecided] = useState(false);
  const setComment = (code: string, value: string | null) =>
    setComments((current) => {
      const next = { ...current };
      if (value === null) delete next[code];
      else next[code] = value;
      return next;
    });
  return (
    <>
      <ReportView
        report={report}
        nonCompliantFirst
        questionExtra={decided ? undefined : (code) => <QuestionCommentBox code={code} value={comments[code] ?? null} onChange={(value) => setComment(code, value)} />}
      />
      <DecisionPanel hearingId={report.id} version={report.version} questions={report.checklist.questions} questionComments={comments} onDecided={() => setDecided(true)} />
    </>
  );
}
