import { getTranslations } from "next-intl/server";
import type { EditorQuestion } from "@/lib/checklists/editor/queries";
import type { AppLocale } from "@/lib/i18n/config";
import { ConditionSummary } from "./condition-summary";
import { QuestionRowActions } from "./question-row-actions";

const TEXT_OF = { en: "textEn", sq: "textSq", sr: "textSr" } as const;

/** The questions of a version in order; a draft's rows can be edited, moved and removed. */
export async function QuestionsTable({ questions, standards, locale, versionId, editable }: {
  questions: EditorQuestion[];
  standards: Map<number, string>;
  locale: AppLocale;
  versionId: number;
  editable: boolean;
}) {
  const t = await getTranslations();
  if (questions.length === 0) return <p className="muted">{t("adminChecklists.empty")}</p>;
  const ncLabel = (q: EditorQuestion, value: string) =>
    q.answerType === "YES_NO" ? t(`enums.yesNo.${value as "YES" | "NO"}`) : (q.options.find((o) => o.value === value)?.label[locale] ?? value);
  return (
    <div className="table-wrap">
      <table className="questions-table">
        <thead>
          <tr>
            <th scope="col" className="num">{t("adminChecklists.position")}</th>
            <th scope="col">{t("adminChecklists.code")}</th>
            <th scope="col">{t("adminChecklists.question")}</th>
            <th scope="col">{t("adminChecklists.standard")}</th>
            <th scope="col">{t("adminChecklists.answerType")}</th>
            <th scope="col">{t("adminChecklists.appliesWhen")}</th>
            <th scope="col">{t("adminChecklists.nonCompliant")}</th>
            {editable ? <th scope="col"><span className="visually-hidden">{t("common.actions")}</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {questions.map((q, index) => (
            <tr key={q.id}>
              <td className="num">{index + 1}</td>
              <td><code>{q.code}</code></td>
              <td>{q[TEXT_OF[locale]]}</td>
              <td className="nowrap">{standards.get(q.standardId)}</td>
              <td>{t(`enums.answerType.${q.answerType}`)}</td>
              <td className="small"><ConditionSummary condition={q.condition} /></td>
              <td>{q.nonCompliantAnswers.map((v) => ncLabel(q, v)).join(", ")}</td>
              {editable ? (
                <td><QuestionRowActions questionId={q.id} code={q.code} versionId={versionId} first={index === 0} last={index === questions.length - 1} /></td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
