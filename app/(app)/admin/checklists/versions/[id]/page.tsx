import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AuditHistory } from "@/components/admin/audit-history";
import { QuestionsTable } from "@/components/admin/checklists/questions-table";
import { VersionChangesSummary } from "@/components/admin/checklists/version-changes-summary";
import { DraftActions } from "@/components/admin/checklists/version-actions";
import { VersionNotesForm } from "@/components/admin/checklists/version-notes-form";
import { requireUser } from "@/lib/auth/session";
import { checklistVersionHistory, getVersionForEditor, standardOptions } from "@/lib/checklists/editor/queries";
import { appLocaleOf } from "@/lib/i18n/config";
import { recordId } from "@/lib/validation/record-id";

export default async function ChecklistVersionPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ published?: string }> }) {
  await requireUser(["ADMIN"]);
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const [t, format, locale, version, standards, history] = await Promise.all([
    getTranslations(), getFormatter(), getLocale(), getVersionForEditor(id.data), standardOptions(), checklistVersionHistory(id.data),
  ]);
  if (!version) notFound();
  const draft = version.status === "DRAFT";
  const standardCodes = new Map(standards.map((s) => [s.id, s.code]));
  return (
    <>
      <p><Link href="/admin/checklists">{t("adminChecklists.title")}</Link></p>
      <div className="page-header">
        <h1>{t("adminChecklists.versionTitle", { template: version.template.name, number: version.number })}</h1>
        <span className="row">
          <span className={`badge ${draft ? "badge-warning" : "badge-success"}`}>{t(`enums.checklistVersionStatus.${version.status}`)}</span>
          <Link className="button button-secondary" href={`/admin/checklists/versions/${version.id}/preview`}>{t("adminChecklists.preview")}</Link>
        </span>
      </div>
      {!draft && (await searchParams).published ? (
        <p className="alert alert-success" role="status">{t("adminChecklists.publishedDone", { number: version.number })}</p>
      ) : null}
      {draft ? (
        <p className="alert alert-info">{t("adminChecklists.draftIntro")}</p>
      ) : (
        <p className="alert alert-info">
          {t("adminChecklists.publishedIntro", { date: version.publishedAt ? format.dateTime(version.publishedAt, "long") : "" })}{" "}
          {t("adminChecklists.reportsOnVersion", { count: version._count.hearings })}
        </p>
      )}
      <div className="admin-columns">
        <section className="card" aria-labelledby="notes-title">
          <h2 id="notes-title">{t("adminChecklists.notes")}</h2>
          {draft ? <VersionNotesForm versionId={version.id} notes={version.notes ?? ""} /> : <p>{version.notes}</p>}
          {version.basedOn ? <VersionChangesSummary fromNumber={version.basedOn.number} changes={version.basedOn.changes} /> : null}
        </section>
        {draft ? (
          <section className="card stack" aria-label={t("common.actions")}>
            <div className="row">
              <Link className="button" href={`/admin/checklists/versions/${version.id}/questions/new`}>{t("adminChecklists.addQuestion")}</Link>
            </div>
            <DraftActions versionId={version.id} number={version.number} templateId={version.templateId} />
          </section>
        ) : null}
      </div>
      <h2>{t("adminChecklists.questions")}</h2>
      <QuestionsTable questions={version.questions} standards={standardCodes} locale={appLocaleOf(locale)} versionId={version.id} editable={draft} />
      <AuditHistory entries={history} />
    </>
  );
}
