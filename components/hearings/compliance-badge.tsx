import { useTranslations } from "next-intl";
import type { Compliance } from "@/lib/generated/prisma/enums";

const TONE: Record<Compliance, string> = {
  COMPLIANT: "badge-success",
  NON_COMPLIANT: "badge-danger",
  NOT_APPLICABLE: "",
  UNCLEAR: "badge-warning",
};

export function ComplianceBadge({ value }: { value: Compliance }) {
  const t = useTranslations("enums.compliance");
  return <span className={`badge ${TONE[value]}`}>{t(value)}</span>;
}
