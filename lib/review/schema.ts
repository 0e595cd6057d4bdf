import { reportEnvelope } from "@/lib/hearings/schema";
import { recordId } from "@/lib/validation/record-id";
import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";

/**
 * What a reviewer sends: the version they read (an optimistic lock, as for the monitor's saves), and for a
 * return the comments, for a correction the reason and the corrected report.
 */
export const MAX_COMMENT = 2000;
export const MAX_QUESTION_COMMENTS = 100;
export const MAX_REASON = 2000;
export const MIN_REASON = 10;

const reviewedReport = {
  hearingId: recordId,
  baseVersion: z.number().int().positive(),
};

export const approveReportSchema = z.strictObject(reviewedReport);
export type ApproveReportInput = z.infer<typeof approveReportSchema>;

const questionComment = z.strictObject({
  code: cleanString().trim().min(1).max(64),
  body: cleanString().trim().min(1).max(MAX_COMMENT),
});

/** A return says why: a general comment, comments on questions, or both; at most one comment per question. */
export const returnReportSchema = z
  .strictObject({
    ...reviewedReport,
    general: cleanString().trim().max(MAX_COMMENT),
    questions: z
      .array(questionComment)
      .max(MAX_QUESTION_COMMENTS)
      .refine((list) => new Set(list.map((c) => c.code)).size === list.length, "validation.duplicate"),
  })
  .refine((input) => input.general.length > 0 || input.questions.length > 0, { path: ["general"], message: "validation.required" });
export type ReturnReportInput = z.infer<typeof returnReportSchema>;

export const correctionReasonSchema = cleanString().trim().min(MIN_REASON).max(MAX_REASON);

export const correctReportSchema = z.strictObject({
  ...reviewedReport,
  reason: correctionReasonSchema,
  report: reportEnvelope,
});
export type CorrectReportInput = z.infer<typeof correctReportSchema>;
