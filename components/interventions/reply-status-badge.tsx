import { useTranslations } from "next-intl";
import type { ReplyStatus } from "@/lib/interventions/reply-status";

const TONE: Record<ReplyStatus, string> = { notSent: "", awaiting: "badge-info", overdue: "badge-danger", replied: "badge-success" };

/** Where the reply stands; an overdue one stands out. */
export function ReplyStatusBadge({ status }: { status: ReplyStatus }) {
  const t = useTranslations("interventions.reply.status");
  return <span className={`badge ${TONE[status]}`}>{status === "overdue" ? "⚠ " : null}{t(status)}</span>;
}
