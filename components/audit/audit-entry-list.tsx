import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { changeRows, displayValue } from "@/lib/audit/change-rows";
import type { AuditEntryView } from "@/lib/audit/viewer-queries";
import { auditActionLabel, auditEntityLabel, auditRecordHref } from "./audit-labels";

/**
 * Audit entries, newest first: when, who, what, on which record, and (opened) each changed field before
 * and after, with the entry's context (a correction's reason, an export's filter).
 */
export function AuditEntryList({ entries, viewerRole }: { entries: AuditEntryView[]; viewerRole: string }) {
  const t = useTranslations("audit");
  const format = useFormatter();
  const tr = t as unknown as (key: string) => string;
  return (
    <ol className="plain-list audit-entries" aria-label={t("listLabel")}>
      {entries.map((entry) => {
        const rows = changeRows(entry.before, entry.after);
        const href = auditRecordHref(entry.entityType, entry.entityId, viewerRole);
        const context = entry.meta && typeof entry.meta === "object" ? Object.entries(entry.meta as Record<string, unknown>) : [];
        return (
          <li key={entry.id} className="audit-entry">
            <div className="audit-entry-head">
              <strong>{auditActionLabel(tr, entry.action)}</strong>
              <span>
                {auditEntityLabel(tr, entry.entityType)}{" "}
                {href ? <Link href={href} aria-label={`${t("openRecord")}: ${auditEntityLabel(tr, entry.entityType)} ${entry.entityId}`}>#{entry.entityId}</Link> : `#${entry.entityId}`}
              </span>
              <span className="small">{entry.actor?.name ?? t("system")}</span>
              <time className="small muted" dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, "dateTime")}</time>
            </div>
            {rows.length || context.length ? (
              <details>
                <summary className="small">{rows.length ? `${t("changes")} (${rows.length})` : t("context")}</summary>
                {rows.length ? (
                  <div className="table-wrap">
                    <table>
                      <thead><tr><th scope="col">{t("field")}</th><th scope="col">{t("before")}</th><th scope="col">{t("after")}</th></tr></thead>
                      <tbody>
                        {rows.map((row) => (
                          <tr key={row.field}>
                            <th scope="row" className="wrap">{row.field}</th>
                            <td className="audit-value">{row.before ?? t("empty")}</td>
                            <td className="audit-value">{row.after ?? t("empty")}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                ) : null}
                {context.length ? (
                  <dl className="facts audit-context" aria-label={t("context")}>
                    {context.map(([key, value]) => (
                      <div key={key}><dt>{key}</dt><dd className="audit-value">{displayValue(value) ?? t("empty")}</dd></div>
                    ))}
                  </dl>
                ) : null}
              </details>
            ) : <p className="small muted">{t("noChanges")}</p>}
          </li>
        );
      })}
    </ol>
  );
}
