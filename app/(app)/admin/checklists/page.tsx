import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { NewDraftButton } from "@/components/admin/checklists/version-actions";
import { requireUser } from "@/lib/auth/session";
import { listChecklistTemplates } from "@/lib/checklists/editor/queries";

export default async function ChecklistsPage() {
  await requireUser(["ADMIN"]);
  const [t, format, templates] = await Promise.all([getTranslations(), getFormatter(), listChecklistTemplates()]);
  return (
    <>
      <div className="page-header"><h1>{t("adminChecklists.title")}</h1></div>
      <p className="muted">{t("adminChecklists.intro")}</p>
      {templates.map((template) => {
        const draft = template.versions.find((v) => v.status === "DRAFT");
        const current = template.versions.find((v) => v.status === "PUBLISHED");
        return (
          <section key={template.id} id={`template-${template.id}`} className="card" aria-labelledby={`template-${template.id}-title`}>
            <div className="page-header">
              <h2 id={`template-${template.id}-title`}>{template.name}</h2>
              <span className="row">
                <Link className="button button-secondary" href={`/admin/checklists/codes/${template.id}`}>{t("adminChecklists.codesLink")}</Link>
                {draft ? (
                  <Link className="button" href={`/admin/checklists/versions/${draft.id}`}>{t("adminChecklists.continueDraft", { number: draft.number })}</Link>
                ) : current ? <NewDraftButton templateId={template.id} fromNumber={current.number} /> : null}
              </span>
            </div>
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t("adminChecklists.versions")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("adminChecklists.versions")}</th>
                    <th scope="col">{t("adminChecklists.status")}</th>
                    <th scope="col" className="num">{t("adminChecklists.questions")}</th>
                    <th scope="col" className="num">{t("adminChecklists.reports")}</th>
                    <th scope="col">{t("adminChecklists.published")}</th>
                    <th scope="col">{t("adminChecklists.notes")}</th>
                  </tr>
                </thead>
                <tbody>
                  {template.versions.map((version) => (
                    <tr key={version.id}>
                      <td><Link href={`/admin/checklists/versions/${version.id}`}>{t("adminChecklists.version", { number: version.number })}</Link></td>
                      <td>
                        <span className={`badge ${version.status === "DRAFT" ? "badge-warning" : "badge-success"}`}>{t(`enums.checklistVersionStatus.${version.status}`)}</span>
                        {version.id === current?.id ? <> <span className="badge badge-info">{t("adminChecklists.current")}</span></> : null}
                      </td>
                      <td className="num">{format.number(version._count.questions)}</td>
                      <td className="num">{format.number(version._count.hearings)}</td>
                      <td className="nowrap">{version.publishedAt ? format.dateTime(version.publishedAt, "short") : ""}</td>
                      <td className="small">{version.notes}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </>
  );
}
