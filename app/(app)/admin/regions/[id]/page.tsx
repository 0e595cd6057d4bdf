import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AuditHistory } from "@/components/admin/audit-history";
import { RegionForm } from "@/components/admin/regions/region-form";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { getRegion, regionHistory } from "@/lib/courts/region-queries";
import { recordId } from "@/lib/validation/record-id";

export default async function RegionPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser(["ADMIN"]);
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const [t, locale, region, history] = await Promise.all([getTranslations("adminCourts"), getLocale(), getRegion(id.data), regionHistory(id.data)]);
  if (!region) notFound();
  return (
    <>
      <p><Link href="/admin/regions">{t("regions.title")}</Link></p>
      <div className="page-header"><h1>{bilingualName(region, locale)}</h1></div>
      <section className="narrow" aria-labelledby="rename-title">
        <h2 id="rename-title">{t("regions.renameTitle", { name: bilingualName(region, locale) })}</h2>
        <RegionForm region={{ id: region.id, nameSq: region.nameSq, nameSr: region.nameSr }} />
      </section>
      <section aria-labelledby="courts-title">
        <h2 id="courts-title">{t("title")}</h2>
        {region.courts.length ? (
          <ul>
            {region.courts.map((court) => <li key={court.id}><Link href={`/admin/courts/${court.id}`}>{bilingualName(court, locale)}</Link></li>)}
          </ul>
        ) : <p className="muted">{t("none")}</p>}
      </section>
      <AuditHistory entries={history} />
    </>
  );
}
