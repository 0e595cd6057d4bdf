import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { QuestionForm } from "@/components/admin/checklists/question-form";
import { requireUser } from "@/lib/auth/session";
import { getQuestionForEditor, standardOptions } from "@/lib/checklists/editor/queries";
import { standardLabel } from "@/lib/checklists/editor/standard-label";
import { appLocaleOf } from "@/lib/i18n/config";
import { recordId } from "@/lib/validation/record-id";

export default async function EditQuestionPage({ params }: { params: Promise<{ id: string; questionId: string }> }) {
  await requireUser(["ADMIN"]);
  const raw = await params;
  const [versionId, questionId] = [recordId.safeParse(raw.id), recordId.safeParse(raw.questionId)];
  if (!versionId.success || !questionId.success) notFound();
  const [t, locale, question, standards] = await Promise.all([getTranslations("adminChecklists"), getLocale(), getQuestionForEditor(questionId.data), standardOptions()]);
  if (!question || question.version.id !== versionId.data) notFound();
  if (question.version.status !== "DRAFT") redirect(`/admin/checklists/versions/${versionId.data}`);
  return (
    <>
      <p><Link href={`/admin/checklists/versions/${versionId.data}`}>{t("back", { number: question.version.number })}</Link></p>
      <div className="page-header"><h1>{t("editQuestion", { code: question.code })}</h1></div>
      <div className="narrow-wide">
        <QuestionForm versionId={versionId.data} questionId={question.id}
          standards={standards.map((s) => ({ id: s.id, label: standardLabel(s, appLocaleOf(locale)) }))}
          initial={{
            code: question.code, standardId: String(question.standardId), answerType: question.answerType,
            options: question.answerType === "YES_NO" ? [] : question.options, condition: question.condition,
            nonCompliantAnswers: question.nonCompliantAnswers, required: question.required,
            textEn: question.textEn, textSq: question.textSq, textSr: question.textSr,
            helpEn: question.helpEn ?? "", helpSq: question.helpSq ?? "", helpSr: question.helpSr ?? "",
          }} />
      </div>
    </>
  );
}
