import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { codeRegistry } from "@/lib/checklists/editor/code-registry";
import { standardLabel } from "@/lib/checklists/editor/standard-label";
import { appLocaleOf } from "@/lib/i18n/config";
import { recordId } from "@/lib/validation/record-id";

export default async function QuestionCodesPage({ params }: { params: Promise<{ templateId: string }> }) {
  await requireUser(["ADMIN"]);
  const templateId = recordId.safeParse((await params).templateId);
  if (!templateId.success) notFound();
  const [t, format, locale, codes] = await Promise.all([getTranslations("adminChecklists"), getFormatter(), getLocale(), codeRegistry(templateId.data)]);
  if (codes.length === 0) notFound();
  return (
    <>
      <p><Link href="/admin/checklists">{t("title")}</Link></p>
      <div className="page-header"><h1>{t("codes.title")}</h1></div>
      <p className="muted">{t("codes.intro")}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("code")}</th>
              <th scope="col">{t("standard")}</th>
              <th scope="col">{t("codes.versions")}</th>
              <th scope="col">{t("codes.state")}</th>
              <th scope="col" className="num">{t("codes.approvedReports")}</th>
              <th scope="col" className="num">{t("codes.nonCompliant")}</th>
            </tr>
          </thead>
          <tbody>
            {codes.map((entry) => (
              <tr key={entry.code}>
                <td><code>{entry.code}</code></td>
                <td>{standardLabel(entry.standard, appLocaleOf(locale))}</td>
                <td>{entry.versions.map((v) => v.number).join(", ")}</td>
                <td>
                  {entry.current ? <span className="badge badge-success">{t("codes.current")}</span>
                    : entry.versions.every((v) => v.status === "DRAFT") ? <span className="badge badge-info">{t("codes.draftOnly")}</span>
                    : <span className="badge badge-warning">{t("codes.retired")}</span>}
                </td>
                <td className="num">{format.number(entry.approvedReports)}</td>
                <td className="num">{format.number(entry.nonCompliant)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
