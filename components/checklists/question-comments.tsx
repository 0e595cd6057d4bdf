"use client";

import { useFormatter, useTranslations } from "next-intl";

/** A reviewer's comment on one question (or on the whole report), as the review round left it. */
export interface QuestionComment {
  id: number;
  body: string;
  authorName: string;
  createdAt: Date | string;
  resolved?: boolean;
}

/** The reviewer's comments beside the question they are about. */
export function QuestionComments({ comments, id }: { comments: QuestionComment[] | undefined; id: string }) {
  const t = useTranslations("checklist");
  const format = useFormatter();
  if (!comments?.length) return null;
  return (
    <aside className="review-comments" id={id} aria-label={t("reviewerComments")}>
      <p className="review-comments-title">{t("reviewerComments")}</p>
      <ul>
        {comments.map((comment) => (
          <li key={comment.id}>
            <p>{comment.body}</p>
            <p className="small muted">
              {t("commentBy", { name: comment.authorName, date: format.dateTime(new Date(comment.createdAt), "dateTime") })}
            </p>
          </li>
        ))}
      </ul>
    </aside>
  );
}
