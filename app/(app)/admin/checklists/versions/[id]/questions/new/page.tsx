import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { QuestionForm } from "@/components/admin/checklists/question-form";
import { requireUser } from "@/lib/auth/session";
import { getVersionForEditor, standardOptions } from "@/lib/checklists/editor/queries";
import { standardLabel } from "@/lib/checklists/editor/standard-label";
import { appLocaleOf } from "@/lib/i18n/config";
import { recordId } from "@/lib/validation/record-id";

export default async function NewQuestionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser(["ADMIN"]);
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const [t, locale, version, standards] = await Promise.all([getTranslations("adminChecklists"), getLocale(), getVersionForEditor(id.data), standardOptions()]);
  if (!version) notFound();
  if (version.status !== "DRAFT") redirect(`/admin/checklists/versions/${version.id}`);
  return (
    <>
      <p><Link href={`/admin/checklists/versions/${version.id}`}>{t("back", { number: version.number })}</Link></p>
      <div className="page-header"><h1>{t("newQuestionTitle")}</h1></div>
      <div className="narrow-wide">
        <QuestionForm versionId={version.id} standards={standards.map((s) => ({ id: s.id, label: standardLabel(s, appLocaleOf(locale)) }))} />
      </div>
    </>
  );
}
