import { getFormatter, getTranslations } from "next-intl/server";
import { SettingsForm } from "@/components/admin/settings/settings-form";
import { requireUser } from "@/lib/auth/session";
import { SETTING_DEFAULTS, type SettingKey } from "@/lib/settings/defaults";
import { getSettings, settingsChanges } from "@/lib/settings/queries";

export default async function SettingsPage() {
  await requireUser(["ADMIN"]);
  const [t, tAdmin, format, settings, changes] = await Promise.all([getTranslations("adminSettings"), getTranslations("admin"), getFormatter(), getSettings(), settingsChanges()]);
  const isKey = (key: string): key is SettingKey => key in SETTING_DEFAULTS;
  return (
    <>
      <div className="page-header"><h1>{t("title")}</h1></div>
      <p className="muted">{t("intro")}</p>
      <div className="admin-columns">
        <SettingsForm settings={settings} />
        <section aria-labelledby="changes-title">
          <h2 id="changes-title">{t("changesTitle")}</h2>
          {changes.length === 0 ? <p className="muted">{tAdmin("historyEmpty")}</p> : null}
          <ul className="plain-list">
            {changes.map((change) => {
              const before = (change.before ?? {}) as Record<string, number>;
              const after = (change.after ?? {}) as Record<string, number>;
              return (
                <li key={String(change.id)}>
                  <span className="small muted">{format.dateTime(change.createdAt, "dateTime")} · {change.actor?.name}</span>
                  {Object.keys(after).filter(isKey).map((key) => (
                    <div key={key}>{t("changeLine", { name: t(key), before: format.number(before[key] ?? 0), after: format.number(after[key] ?? 0) })}</div>
                  ))}
                </li>
              );
            })}
          </ul>
        </section>
      </div>
    </>
  );
}
