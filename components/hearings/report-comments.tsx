import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { QuestionComment } from "@/components/checklists/question-comments";
import { localized, type ChecklistQuestionView } from "@/lib/checklists/question-view";
import type { ReviewCommentView } from "@/lib/hearings/report-types";

/**
 * The open review round's comments about one checklist question, by code, to show beside it. Comments of
 * earlier rounds (settled when the report was returned again or approved) stay in the review history.
 */
export function commentsByQuestion(comments: ReviewCommentView[]): Record<string, QuestionComment[]> {
  const byCode: Record<string, QuestionComment[]> = {};
  for (const comment of comments) if (comment.questionCode && !comment.resolved) (byCode[comment.questionCode] ??= []).push(comment);
  return byCode;
}

/**
 * The open review round's comments that are not about one question (the whole report, or a fact), at the
 * top of the report; those about a question appear beside it.
 */
export function ReportComments({ comments, questions }: { comments: ReviewCommentView[]; questions: ChecklistQuestionView[] }) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const codes = new Set(questions.map((q) => q.code));
  const general = comments.filter((c) => !c.resolved && (!c.questionCode || !codes.has(c.questionCode)));
  if (!general.length) return null;
  const about = (code: string | null) => {
    if (!code) return null;
    const fact = code.startsWith("facts.") ? code.slice("facts.".length) : null;
    if (fact) return (t as unknown as (key: string) => string)(`report.facts.${fact}`);
    const question = questions.find((q) => q.code === code);
    return question ? localized(question.text, locale) : code;
  };
  return (
    <section className="alert alert-warning review-comments-panel" aria-labelledby="review-comments-title">
      <h2 id="review-comments-title">{t("checklist.reviewerComments")}</h2>
      <ul>
        {general.map((comment) => (
          <li key={comment.id}>
            {about(comment.questionCode) ? <strong>{about(comment.questionCode)}: </strong> : null}
            {comment.body}
            <span className="small muted"> — {t("checklist.commentBy", { name: comment.authorName, date: format.dateTime(comment.createdAt, "dateTime") })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
