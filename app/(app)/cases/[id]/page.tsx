import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CaseHearings } from "@/components/cases/case-hearings";
import { hasRole, REVIEWERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { getCaseHistory } from "@/lib/cases/queries";
import { bilingualName } from "@/lib/courts/court-name";
import { parseRecordId } from "@/lib/hearings/record-id";

export async function generateMetadata() {
  const t = await getTranslations("cases");
  return { title: t("caseTitle") };
}

/** A case's history: its hearings in order, so that a monitor knows the case before the next hearing. */
export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const id = parseRecordId((await params).id);
  const history = id ? await getCaseHistory(id, user) : null;
  if (!history) notFound();
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const date = (d: Date | null) => (d ? format.dateTime(d, "short") : t("report.notRecorded"));
  return (
    <>
      <div className="page-header">
        <h1>{t("cases.heading", { caseNumber: history.caseNumber })}</h1>
        <span className="badge">{t(`enums.caseStatus.${history.status}`)}</span>
      </div>
      {hasRole(user.role, REVIEWERS) ? (
        <p className="no-print"><Link className="button button-secondary button-small" href={`/findings/new?case=${history.id}`}>{t("review.links.recordCaseFinding")}</Link></p>
      ) : null}
      <dl className="report-meta">
        <div><dt>{t("hearings.court")}</dt><dd>{bilingualName(history.court, locale)}</dd></div>
        <div><dt>{t("cases.category")}</dt><dd>{t(`enums.caseCategory.${history.category}`)} · {t(`enums.caseSubject.${history.subject}`)}</dd></div>
        <div><dt>{t("cases.department")}</dt><dd>{t(`enums.department.${history.department}`)}</dd></div>
        <div><dt>{t("cases.indictedAt")}</dt><dd>{date(history.indictedAt)}</dd></div>
        <div><dt>{t("cases.hearings")}</dt><dd>{t("cases.hearingCount", { count: history.totalHearings, adjourned: history.adjournments })}</dd></div>
      </dl>

      <section aria-labelledby="case-hearings-title">
        <h2 id="case-hearings-title">{t("cases.hearingsTitle")}</h2>
        <CaseHearings history={history} />
      </section>
    </>
  );
}
