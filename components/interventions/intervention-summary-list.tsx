import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { InterventionOutcome, Institution, InterventionType } from "@/lib/generated/prisma/enums";
import { courtToday } from "@/lib/interventions/calendar-date";
import { replyStatus } from "@/lib/interventions/reply-status";
import { ReplyStatusBadge } from "./reply-status-badge";

interface InterventionSummary {
  id: number;
  title: string;
  institution: Institution;
  type: InterventionType;
  outcome: InterventionOutcome;
  sentAt: Date | null;
  replyDueAt: Date | null;
  repliedAt: Date | null;
}

/** Interventions in short (a finding's page): title, addressee, type, reply and outcome. */
export function InterventionSummaryList({ interventions, label }: { interventions: InterventionSummary[]; label: string }) {
  const t = useTranslations();
  const format = useFormatter();
  const today = courtToday();
  return (
    <ul className="plain-list" aria-label={label}>
      {interventions.map((intervention) => (
        <li key={intervention.id}>
          <Link href={`/interventions/${intervention.id}`}>{intervention.title}</Link>
          <div className="row small">
            <span>{t(`enums.institution.${intervention.institution}`)} · {t(`enums.interventionType.${intervention.type}`)}</span>
            <span>{intervention.sentAt ? t("findings.detail.sent", { date: format.dateTime(intervention.sentAt, "short") }) : t("findings.detail.notSent")}</span>
            <ReplyStatusBadge status={replyStatus(intervention, today)} />
            <span className="badge">{t(`enums.interventionOutcome.${intervention.outcome}`)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}
