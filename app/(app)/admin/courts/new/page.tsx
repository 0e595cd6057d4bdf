import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CourtForm } from "@/components/admin/courts/court-form";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { courtPickerOptions } from "@/lib/courts/queries";
import { regionOptions } from "@/lib/courts/region-queries";

export default async function NewCourtPage() {
  await requireUser(["ADMIN"]);
  const [t, locale, courts, regions] = await Promise.all([getTranslations("adminCourts"), getLocale(), courtPickerOptions(), regionOptions()]);
  return (
    <>
      <p><Link href="/admin/courts">{t("title")}</Link></p>
      <div className="page-header"><h1>{t("newTitle")}</h1></div>
      <div className="narrow">
        <CourtForm parents={courts.map((c) => ({ id: c.id, label: bilingualName(c, locale) }))} regions={regions.map((r) => ({ id: r.id, label: bilingualName(r, locale) }))} />
      </div>
    </>
  );
}
