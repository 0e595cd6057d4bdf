import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EntityHistory } from "@/components/audit/entity-history";
import { FindingStatusBadge, SeverityBadge } from "@/components/findings/severity-badge";
import { standardName } from "@/components/findings/standard-name";
import { ReplyForm } from "@/components/interventions/reply-form";
import { ReplyStatusBadge } from "@/components/interventions/reply-status-badge";
import { hasRole, READERS, REVIEWERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { parseRecordId } from "@/lib/hearings/record-id";
import { courtToday, fromDbDate } from "@/lib/interventions/calendar-date";
import { getIntervention, interventionHistory } from "@/lib/interventions/queries";
import { replyStatus } from "@/lib/interventions/reply-status";

export async function generateMetadata() {
  const t = await getTranslations("interventions");
  return { title: t("title") };
}

const DAY = 86_400_000;

/** An intervention: to whom, what, when, the reply and the outcome, and the findings it responds to. */
export default async function InterventionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(READERS);
  const id = parseRecordId((await params).id);
  const intervention = id ? await getIntervention(id) : null;
  if (!intervention) notFound();
  const [t, format, locale, history] = await Promise.all([getTranslations(), getFormatter(), getLocale(), interventionHistory(intervention.id)]);
  const today = courtToday();
  const status = replyStatus(intervention, today);
  const date = (d: Date | null) => (d ? format.dateTime(d, "short") : t("interventions.detail.notSet"));
  const overdueDays = status === "overdue" && intervention.replyDueAt ? Math.round((Date.parse(`${today}T00:00:00Z`) - intervention.replyDueAt.getTime()) / DAY) : 0;
  const reviewer = hasRole(user.role, REVIEWERS);
  return (
    <>
      <p className="small no-print"><Link href="/interventions">← {t("interventions.title")}</Link></p>
      <div className="page-header">
        <h1>{intervention.title}</h1>
        <div className="row">
          <ReplyStatusBadge status={status} />
          <span className="badge">{t(`enums.interventionOutcome.${intervention.outcome}`)}</span>
        </div>
      </div>
      {status === "overdue" ? (
        <p className="alert alert-danger">{t("interventions.reply.status.overdue")}: {t("interventions.reply.overdueBy", { count: overdueDays })}</p>
      ) : null}
      <dl className="report-meta">
        <div><dt>{t("interventions.institution")}</dt><dd>{t(`enums.institution.${intervention.institution}`)}</dd></div>
        <div><dt>{t("interventions.detail.addressee")}</dt><dd>{intervention.addressee}</dd></div>
        <div><dt>{t("interventions.detail.court")}</dt><dd>{intervention.court ? bilingualName(intervention.court, locale) : t("interventions.detail.notSet")}</dd></div>
        <div><dt>{t("interventions.detail.type")}</dt><dd>{t(`enums.interventionType.${intervention.type}`)}</dd></div>
        <div><dt>{t("interventions.detail.sentAt")}</dt><dd>{date(intervention.sentAt)}</dd></div>
        <div><dt>{t("interventions.detail.replyDueAt")}</dt><dd>{date(intervention.replyDueAt)}</dd></div>
        <div><dt>{t("interventions.detail.repliedAt")}</dt><dd>{date(intervention.repliedAt)}</dd></div>
        <div><dt>{t("interventions.detail.outcome")}</dt><dd>{t(`enums.interventionOutcome.${intervention.outcome}`)}</dd></div>
      </dl>
      <p className="small muted">{t("interventions.detail.recordedBy", { name: intervention.createdBy.name, date: format.dateTime(intervention.createdAt, "dateTime") })}</p>
      {reviewer ? <p className="no-print"><Link className="button button-secondary button-small" href={`/interventions/${intervention.id}/edit`}>{t("interventions.detail.edit")}</Link></p> : null}
      {intervention.description ? (
        <section className="card" aria-labelledby="intervention-description-title">
          <h2 id="intervention-description-title">{t("interventions.detail.description")}</h2>
          <p className="narrative">{intervention.description}</p>
        </section>
      ) : null}
      <section className="card" aria-labelledby="intervention-reply-title">
        <h2 id="intervention-reply-title">{t("interventions.reply.title")}</h2>
        {intervention.reply ? <p className="narrative">{intervention.reply}</p> : <p className="muted">{t("interventions.reply.notYet")}</p>}
        {reviewer && intervention.sentAt ? (
          <ReplyForm
            interventionId={intervention.id}
            version={intervention.version}
            defaults={{ repliedAt: fromDbDate(intervention.repliedAt) || today, reply: intervention.reply ?? "", outcome: intervention.outcome }}
          />
        ) : null}
      </section>
      <section className="card" aria-labelledby="intervention-findings-title">
        <h2 id="intervention-findings-title">{t("interventions.detail.findings")}</h2>
        {intervention.findings.length ? (
          <ul className="plain-list">
            {intervention.findings.map(({ finding }) => (
              <li key={finding.id}>
                <Link href={`/findings/${finding.id}`}>{finding.title}</Link>
                <div className="row small">
                  <span>{standardName(finding.standard, locale)}</span>
                  {finding.case ? <span>{finding.case.caseNumber}</span> : null}
                  <SeverityBadge severity={finding.severity} />
                  <FindingStatusBadge status={finding.status} />
                </div>
              </li>
            ))}
          </ul>
        ) : <p className="muted small">{t("interventions.detail.noFindings")}</p>}
      </section>
      <EntityHistory entries={history} />
    </>
  );
}
