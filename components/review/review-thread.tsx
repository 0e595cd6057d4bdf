import { useFormatter, useLocale, useTranslations } from "next-intl";
import { localized, type ChecklistQuestionView } from "@/lib/checklists/question-view";
import type { ReviewCommentView } from "@/lib/hearings/report-types";

/**
 * Every review round's comments, kept with the report: what each return asked for, on the whole report or
 * on which question, and whether it is still open.
 */
export function ReviewThread({ comments, questions }: { comments: ReviewCommentView[]; questions: ChecklistQuestionView[] }) {
  const t = useTranslations("review.thread");
  const format = useFormatter();
  const locale = useLocale();
  if (!comments.length) return null;
  const rounds = [...new Set(comments.map((c) => c.round))].sort((a, b) => b - a);
  const about = (code: string | null) => {
    if (!code) return t("general");
    const question = questions.find((q) => q.code === code);
    return question ? localized(question.text, locale) : code;
  };
  return (
    <details className="card review-thread">
      <summary>
        <span className="review-thread-title">{t("title")}</span>{" "}
        <span className="small muted">{t("summary", { count: comments.length, rounds: rounds.length })}</span>
      </summary>
      {rounds.map((round) => {
        const inRound = comments.filter((c) => c.round === round);
        const first = inRound[0]!;
        return (
          <section key={round} aria-labelledby={`round-${round}`}>
            <h3 id={`round-${round}`} className="small">
              {t("round", { round, name: first.authorName, date: format.dateTime(new Date(first.createdAt), "dateTime") })}{" "}
              <span className={`badge ${first.resolved ? "" : "badge-warning"}`}>{first.resolved ? t("settled") : t("open")}</span>
            </h3>
            <ul className="plain-list">
              {inRound.map((comment) => (
                <li key={comment.id}>
                  <p className="small muted">{about(comment.questionCode)}</p>
                  <p className="thread-body">{comment.body}</p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </details>
  );
}
