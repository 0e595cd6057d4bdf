import { getFormatter, getTranslations } from "next-intl/server";
import en from "@/lib/i18n/messages/en/admin.json";

type Actions = typeof en.auditActions;
type KnownAction = { [E in keyof Actions]: `${E & string}.${keyof Actions[E] & string}` }[keyof Actions];

function isKnownAction(action: string): action is KnownAction {
  const [entity, verb] = action.split(".");
  const verbs = (en.auditActions as Record<string, Record<string, string>>)[entity ?? ""];
  return !!verbs && !!verb && verb in verbs;
}

export interface AuditHistoryEntry {
  id: bigint;
  action: string;
  createdAt: Date;
  actor: { name: string } | null;
}

/** A record's latest audit entries: what changed, who did it and when. */
export async function AuditHistory({ entries }: { entries: AuditHistoryEntry[] }) {
  const [t, format] = await Promise.all([getTranslations("admin"), getFormatter()]);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t("history")}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t("historyEmpty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("what")}</th>
                <th scope="col">{t("by")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={String(entry.id)}>
                  <td className="nowrap">{format.dateTime(entry.createdAt, "dateTime")}</td>
                  <td>{isKnownAction(entry.action) ? t(`auditActions.${entry.action}`) : entry.action}</td>
                  <td>{entry.actor?.name ?? t("system")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
