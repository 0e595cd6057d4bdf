import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AuditHistory } from "@/components/admin/audit-history";
import { CourtForm } from "@/components/admin/courts/court-form";
import { CourtRegionForm } from "@/components/admin/courts/court-region-form";
import { CourtStatusPanel } from "@/components/admin/courts/court-status-panel";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { courtHistory, courtPickerOptions, getCourtDetail } from "@/lib/courts/queries";
import { regionOptions } from "@/lib/courts/region-queries";
import { recordId } from "@/lib/validation/record-id";

export default async function CourtPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser(["ADMIN"]);
  const id = recordId.safeParse((await params).id);
  if (!id.success) notFound();
  const [t, format, locale, court, courts, regions, history] = await Promise.all([
    getTranslations(), getFormatter(), getLocale(), getCourtDetail(id.data), courtPickerOptions(), regionOptions(), courtHistory(id.data),
  ]);
  if (!court) notFound();
  const courtOptions = courts.map((c) => ({ id: c.id, label: bilingualName(c, locale) }));
  const regionLabels = regions.map((r) => ({ id: r.id, label: bilingualName(r, locale) }));
  const list = (items: { id: number; nameSq: string; nameSr: string }[]) =>
    items.length ? items.map((c, i) => <span key={c.id}>{i ? ", " : ""}<Link href={`/admin/courts/${c.id}`}>{bilingualName(c, locale)}</Link></span>) : t("adminCourts.none");
  return (
    <>
      <p><Link href="/admin/courts">{t("adminCourts.title")}</Link></p>
      <div className="page-header">
        <h1>{bilingualName(court, locale)}</h1>
        {court.retiredAt ? (
          <span className="badge badge-warning">
            {court.mergedInto ? t("adminCourts.mergedInto", { court: bilingualName(court.mergedInto, locale) }) : t("adminCourts.retiredOn", { date: format.dateTime(court.retiredAt, "short") })}
          </span>
        ) : <span className="badge badge-success">{t("adminCourts.active")}</span>}
      </div>
      <dl className="facts card">
        <div><dt>{t("adminCourts.code")}</dt><dd>{court.code}</dd></div>
        <div><dt>{t("adminCourts.kind")}</dt><dd>{t(`enums.courtKind.${court.kind}`)}</dd></div>
        <div><dt>{t("adminCourts.region")}</dt><dd>{bilingualName(court.region, locale)}</dd></div>
        <div><dt>{t("adminCourts.parent")}</dt><dd>{court.parent ? <Link href={`/admin/courts/${court.parent.id}`}>{bilingualName(court.parent, locale)}</Link> : t("adminCourts.none")}</dd></div>
        <div><dt>{t("adminCourts.hearings")}</dt><dd>{format.number(court._count.hearings)}</dd></div>
        <div><dt>{t("adminCourts.cases")}</dt><dd>{format.number(court._count.cases)}</dd></div>
        <div><dt>{t("adminCourts.judges")}</dt><dd>{format.number(court._count.judges)}</dd></div>
        <div><dt>{t("adminCourts.branches")}</dt><dd>{list(court.children)}</dd></div>
        {court.mergedFrom.length ? <div><dt>{t("adminCourts.mergedFrom")}</dt><dd>{list(court.mergedFrom)}</dd></div> : null}
      </dl>
      <div className="admin-columns">
        <section aria-labelledby="details-title">
          <h2 id="details-title">{t("adminCourts.detailsTitle")}</h2>
          <CourtForm parents={courtOptions} regions={regionLabels}
            court={{ id: court.id, kind: court.kind, nameSq: court.nameSq, nameSr: court.nameSr, parentId: court.parentId, departments: court.departments }} />
        </section>
        <div>
          <CourtRegionForm courtId={court.id} regionId={court.regionId} regions={regionLabels} hasBranches={court.children.some((c) => !c.retiredAt)} />
          <CourtStatusPanel courtId={court.id} retired={!!court.retiredAt} merged={!!court.mergedInto} targets={courtOptions} />
        </div>
      </div>
      <AuditHistory entries={history} />
    </>
  );
}
