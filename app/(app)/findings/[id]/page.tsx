import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EntityHistory } from "@/components/audit/entity-history";
import { FindingHearings } from "@/components/findings/finding-hearings";
import { FindingStatusButton } from "@/components/findings/finding-status-button";
import { FindingStatusBadge, SeverityBadge } from "@/components/findings/severity-badge";
import { standardName } from "@/components/findings/standard-name";
import { InterventionSummaryList } from "@/components/interventions/intervention-summary-list";
import { hasRole, READERS, REVIEWERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { bilingualName } from "@/lib/courts/court-name";
import { findingHistory, getFinding } from "@/lib/findings/queries";
import { parseRecordId } from "@/lib/hearings/record-id";

export async function generateMetadata() {
  const t = await getTranslations("findings");
  return { title: t("title") };
}

/** A finding: what was breached, how gravely, the hearings it rests on, and the interventions that answer it. */
export default async function FindingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(READERS);
  const id = parseRecordId((await params).id);
  const finding = id ? await getFinding(id) : null;
  if (!finding) notFound();
  const [t, format, locale, history] = await Promise.all([getTranslations(), getFormatter(), getLocale(), findingHistory(finding.id)]);
  const reviewer = hasRole(user.role, REVIEWERS);
  return (
    <>
      <p className="small no-print"><Link href="/findings">← {t("findings.title")}</Link></p>
      <div className="page-header">
        <h1>{finding.title}</h1>
        <div className="row">
          <SeverityBadge severity={finding.severity} />
          <FindingStatusBadge status={finding.status} />
        </div>
      </div>
      <dl className="report-meta">
        <div><dt>{t("findings.standard")}</dt><dd>{standardName(finding.standard, locale)}</dd></div>
        <div>
          <dt>{t("findings.detail.case")}</dt>
          <dd>{finding.case ? <><Link href={`/cases/${finding.case.id}`}>{finding.case.caseNumber}</Link> · {bilingualName(finding.case.court, locale)}</> : t("findings.acrossCases")}</dd>
        </div>
        <div><dt>{t("findings.severity")}</dt><dd>{t(`enums.severity.${finding.severity}`)}</dd></div>
        <div>
          <dt>{t("findings.status")}</dt>
          <dd>{t(`enums.findingStatus.${finding.status}`)}{finding.closedAt ? ` · ${t("findings.detail.closedOn", { date: format.dateTime(finding.closedAt, "short") })}` : null}</dd>
        </div>
      </dl>
      <p className="small muted">{t("findings.recordedBy", { name: finding.createdBy.name, date: format.dateTime(finding.createdAt, "dateTime") })}</p>
      {reviewer ? (
        <div className="row no-print finding-actions">
          <Link className="button button-secondary button-small" href={`/findings/${finding.id}/edit`}>{t("findings.detail.edit")}</Link>
          <FindingStatusButton findingId={finding.id} version={finding.version} status={finding.status} />
        </div>
      ) : null}
      <section className="card" aria-labelledby="finding-description-title">
        <h2 id="finding-description-title">{t("findings.detail.description")}</h2>
        <p className="narrative">{finding.description}</p>
      </section>
      <section aria-labelledby="finding-hearings-title">
        <h2 id="finding-hearings-title">{t("findings.detail.hearings")}</h2>
        <FindingHearings hearings={finding.hearings} />
      </section>
      <section className="card" aria-labelledby="finding-interventions-title">
        <h2 id="finding-interventions-title">{t("findings.detail.interventions")}</h2>
        {finding.interventions.length ? (
          <InterventionSummaryList interventions={finding.interventions} label={t("findings.detail.interventions")} />
        ) : <p className="muted small">{t("findings.detail.noInterventions")}</p>}
        {reviewer ? <p><Link className="button button-secondary button-small" href={`/interventions/new?finding=${finding.id}`}>{t("findings.detail.recordIntervention")}</Link></p> : null}
      </section>
      <EntityHistory entries={history} />
    </>
  );
}
