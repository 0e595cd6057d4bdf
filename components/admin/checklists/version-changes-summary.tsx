import { getTranslations } from "next-intl/server";
import type { VersionChanges } from "@/lib/checklists/editor/version-diff";

/** Codes added, retired and changed since the version a draft was made from. */
export async function VersionChangesSummary({ fromNumber, changes }: { fromNumber: number; changes: VersionChanges }) {
  const t = await getTranslations("adminChecklists");
  const groups = [
    { label: t("added"), codes: changes.added },
    { label: t("retiredCodes"), codes: changes.retired },
    { label: t("changed"), codes: changes.changed },
  ].filter((g) => g.codes.length > 0);
  return (
    <div className="version-changes">
      <h3>{t("changesTitle", { number: fromNumber })}</h3>
      {groups.length === 0 ? <p className="muted small">{t("noChanges")}</p> : (
        <dl>
          {groups.map((g) => (
            <div key={g.label}>
              <dt>{g.label}</dt>
              <dd>{g.codes.map((code) => <code key={code}>{code}</code>)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
