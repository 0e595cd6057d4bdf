import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { RegionForm } from "@/components/admin/regions/region-form";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { listRegionsWithCounts } from "@/lib/courts/region-queries";

export default async function RegionsPage() {
  await requireUser(["ADMIN"]);
  const [t, format, locale, regions] = await Promise.all([getTranslations("adminCourts"), getFormatter(), getLocale(), listRegionsWithCounts()]);
  return (
    <>
      <p><Link href="/admin/courts">{t("title")}</Link></p>
      <div className="page-header"><h1>{t("regions.title")}</h1></div>
      <p className="muted">{t("regions.intro")}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("regions.code")}</th>
              <th scope="col">{t("regions.nameSq")}</th>
              <th scope="col">{t("regions.nameSr")}</th>
              <th scope="col" className="num">{t("regions.courts")}</th>
              <th scope="col" className="num">{t("regions.users")}</th>
            </tr>
          </thead>
          <tbody>
            {regions.map((region) => (
              <tr key={region.id}>
                <td>{region.code}</td>
                <td><Link href={`/admin/regions/${region.id}`} aria-label={bilingualName(region, locale)}>{region.nameSq}</Link></td>
                <td>{region.nameSr}</td>
                <td className="num"><Link href={`/admin/courts?region=${region.id}`}>{format.number(region.activeCourts)}</Link></td>
                <td className="num"><Link href={`/admin/users?region=${region.id}`}>{format.number(region.activeUsers)}</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="narrow" aria-labelledby="add-region">
        <h2 id="add-region">{t("regions.addTitle")}</h2>
        <RegionForm />
      </section>
    </>
  );
}
