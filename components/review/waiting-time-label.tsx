import { useTranslations } from "next-intl";
import type { WaitingTime } from "@/lib/review/waiting-time";

/** "Waiting 3 days", flagged when a report has waited long. */
export function WaitingTimeLabel({ waiting }: { waiting: WaitingTime }) {
  const t = useTranslations("review");
  const duration = t(`duration.${waiting.unit}`, { count: waiting.count });
  return (
    <span className={`badge ${waiting.long ? "badge-warning" : "badge-info"}`}>
      {t("queue.waitingFor", { duration })}
      {waiting.long ? <span className="visually-hidden"> ({t("queue.longWait")})</span> : null}
    </span>
  );
}
