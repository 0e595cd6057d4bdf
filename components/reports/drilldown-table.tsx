import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { bilingualName } from "@/lib/courts/court-name";
import type { DrilldownHearing } from "@/lib/reports/drilldown-queries";

/** The hearings behind a figure; each opens the hearing's own page. */
export async function DrilldownTable({ items }: { items: DrilldownHearing[] }) {
  const [t, tEnums, format, locale] = await Promise.all([getTranslations("reports.drilldown"), getTranslations("enums"), getFormatter(), getLocale()]);
  if (!items.length) return <p className="muted">{t("count", { count: 0 })}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t("title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("date")}</th>
            <th scope="col">{t("court")}</th>
            <th scope="col">{t("case")}</th>
            <th scope="col">{t("type")}</th>
            <th scope="col">{t("stage")}</th>
            <th scope="col">{t("status")}</th>
            <th scope="col" className="num">{t("delay")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((h) => (
            <tr key={h.hearingId}>
              <th scope="row" className="nowrap">
                <Link href={`/hearings/${h.hearingId}`} aria-label={t("open", { id: h.hearingId })} prefetch={false}>{format.dateTime(h.scheduledAt, "dateTime")}</Link>
              </th>
              <td>{bilingualName({ nameSq: h.courtNameSq, nameSr: h.courtNameSr }, locale)}</td>
              <td className="nowrap">{h.caseNumber}</td>
              <td>{tEnums(`caseCategory.${h.category}`)} · {tEnums(`caseSubject.${h.subject}`)}</td>
              <td>{h.stage ? tEnums(`hearingStage.${h.stage}`) : ""}</td>
              <td>{h.status ? tEnums(`hearingStatus.${h.status}`) : ""}</td>
              <td className="num">{h.delayMinutes ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
