import { getFormatter, getTranslations } from "next-intl/server";
import { auditActionLabel } from "./audit-labels";

export interface EntityHistoryEntry {
  id: bigint;
  action: string;
  createdAt: Date;
  actor: { name: string } | null;
}

/** A record's latest audit entries (what, who, when); the full before and after are in the audit log. */
export async function EntityHistory({ entries }: { entries: EntityHistoryEntry[] }) {
  const [t, format] = await Promise.all([getTranslations("audit"), getFormatter()]);
  const label = (action: string) => auditActionLabel(t as unknown as (key: string) => string, action);
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t("history")}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t("historyEmpty")}</p>
      ) : (
        <ul className="plain-list">
          {entries.map((entry) => (
            <li key={String(entry.id)} className="small">
              <strong>{label(entry.action)}</strong> · {entry.actor?.name ?? t("system")} · <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, "dateTime")}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
