import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { monitorOverview } from "@/lib/hearings/monitor-home-queries";

const STATES = ["DRAFT", "RETURNED", "SUBMITTED", "APPROVED"] as const;

export default async function MyHearingsPage() {
  const user = await requireUser(["MONITOR"]);
  const [t, format, locale, overview] = await Promise.all([getTranslations(), getFormatter(), getLocale(), monitorOverview(user)]);
  return (
    <>
      <div className="page-header">
        <h1>{t("hearings.title")}</h1>
      </div>
      <section className="grid" aria-label={t("hearings.countsTitle")}>
        {STATES.map((state) => (
          <div className="card" key={state}>
            <div className="stat">{overview.counts[state] ?? 0}</div>
            <div className="stat-label">{t(`enums.reviewState.${state}`)}</div>
          </div>
        ))}
      </section>
      <h2>{t("hearings.upcoming")}</h2>
      {overview.upcoming.length === 0 ? (
        <p className="muted">{t("hearings.noUpcoming")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("hearings.scheduledAt")}</th>
                <th scope="col">{t("hearings.caseNumber")}</th>
                <th scope="col">{t("hearings.court")}</th>
                <th scope="col">{t("hearings.stage")}</th>
              </tr>
            </thead>
            <tbody>
              {overview.upcoming.map((h) => (
                <tr key={h.id}>
                  <td className="nowrap">{format.dateTime(h.scheduledAt, "dateTime")}</td>
                  <td>{h.case.caseNumber}</td>
                  <td>{bilingualName(h.court, locale)}</td>
                  <td>{h.stage ? t(`enums.hearingStage.${h.stage}`) : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
