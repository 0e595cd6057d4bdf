import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { Severity, FindingStatus } from "@/lib/generated/prisma/enums";
import { FindingStatusBadge, SeverityBadge } from "./severity-badge";
import { standardName } from "./standard-name";

interface FindingOnHearing {
  id: number;
  title: string;
  severity: Severity;
  status: FindingStatus;
  standard: { number: number; nameEn: string; nameSq: string; nameSr: string };
}

/** The findings that rest on a hearing, on its report and review pages; reviewers may record another. */
export function FindingsOnHearing({ findings, recordHref }: { findings: FindingOnHearing[]; recordHref: string | null }) {
  const t = useTranslations("review.findingsOnHearing");
  const tl = useTranslations("review.links");
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="hearing-findings-title">
      <h2 id="hearing-findings-title">{t("title")}</h2>
      {findings.length ? (
        <ul className="plain-list">
          {findings.map((finding) => (
            <li key={finding.id}>
              <Link href={`/findings/${finding.id}`}>{finding.title}</Link>
              <div className="row small">
                <span>{standardName(finding.standard, locale)}</span>
                <SeverityBadge severity={finding.severity} />
                <FindingStatusBadge status={finding.status} />
              </div>
            </li>
          ))}
        </ul>
      ) : <p className="muted small">{t("none")}</p>}
      {recordHref ? <p><Link className="button button-secondary button-small" href={recordHref}>{tl("recordFinding")}</Link></p> : null}
    </section>
  );
}
