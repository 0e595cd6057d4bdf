import { useTranslations } from "next-intl";
import type { FindingStatus, Severity } from "@/lib/generated/prisma/enums";

const SEVERITY_TONE: Record<Severity, string> = { MINOR: "badge-info", SERIOUS: "badge-warning", GRAVE: "badge-danger" };

export function SeverityBadge({ severity }: { severity: Severity }) {
  const t = useTranslations("enums.severity");
  return <span className={`badge ${SEVERITY_TONE[severity]}`}>{t(severity)}</span>;
}

export function FindingStatusBadge({ status }: { status: FindingStatus }) {
  const t = useTranslations("enums.findingStatus");
  return <span className={`badge ${status === "OPEN" ? "badge-warning" : "badge-success"}`}>{t(status)}</span>;
}
