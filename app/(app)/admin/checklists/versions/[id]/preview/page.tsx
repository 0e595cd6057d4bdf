import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChecklistPreview } from "@/components/admin/checklists/checklist-preview";
import { requireUser } from "@/lib/auth/session";
import { getVersionForPreview } from "@/lib/checklists/editor/queries";
import { recordId } from "@/lib/validation/record-id";

export default async function ChecklistPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser(["ADMIN"]);
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const [t, version] = await Promise.all([getTranslations(), getVersionForPreview(id.data)]);
  if (!version) notFound();
  const draft = version.status === "DRAFT";
  return (
    <>
      <p><Link href={`/admin/checklists/versions/${version.id}`}>{t("adminChecklists.back", { number: version.number })}</Link></p>
      <div className="page-header">
        <h1>{t("adminChecklists.previewTitle", { number: version.number })}</h1>
        <span className={`badge ${draft ? "badge-warning" : "badge-success"}`}>{t(`enums.checklistVersionStatus.${version.status}`)}</span>
      </div>
      <p className="muted">{version.template.name}</p>
      <p className="alert alert-info">{t("adminChecklists.previewIntro")}</p>
      <ChecklistPreview questions={version.questions} />
    </>
  );
}
