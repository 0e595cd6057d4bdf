import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { REVIEWERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { reviewQueue } from "@/lib/review/queue-queries";

export default async function ReviewQueuePage() {
  await requireUser(REVIEWERS);
  const [t, format, locale, queue] = await Promise.all([getTranslations(), getFormatter(), getLocale(), reviewQueue()]);
  return (
    <>
      <div className="page-header">
        <h1>{t("review.title")}</h1>
        <span className="badge badge-info">{t("review.waiting", { count: queue.total })}</span>
      </div>
      {queue.items.length === 0 ? (
        <p className="muted">{t("review.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("review.submittedAt")}</th>
                <th scope="col">{t("hearings.caseNumber")}</th>
                <th scope="col">{t("hearings.court")}</th>
                <th scope="col">{t("review.monitor")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.items.map((h) => (
                <tr key={h.id}>
                  <td className="nowrap">{h.submittedAt ? format.dateTime(h.submittedAt, "dateTime") : ""}</td>
                  <td>{h.case.caseNumber}</td>
                  <td>{bilingualName(h.court, locale)}</td>
                  <td>{h.monitor.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
