"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SyncState } from "@/lib/offline/report-sync";

/**
 * Whether the device is online and where the report's changes are: announced politely to screen readers,
 * so that a monitor who cannot see the screen still knows nothing was lost.
 */
export function SyncStatus({ state, online }: { state: SyncState; online: boolean }) {
  const t = useTranslations("report.sync");
  const format = useFormatter();
  const message = state.status === "saved"
    ? state.savedAt ? t("savedAt", { time: format.dateTime(new Date(state.savedAt), "time") }) : t("saved")
    : t(state.status === "offline" ? "offlineStatus" : state.status);
  const tone = state.status === "saved" ? "success" : state.status === "conflict" || state.status === "locked" || state.status === "closed" || state.status === "error" || state.status === "signedOut" ? "danger" : state.status === "pending" || state.status === "saving" ? "info" : "warning";
  return (
    <div className="sync-status">
      <span className={`badge ${online ? "badge-success" : "badge-warning"}`}>
        <span aria-hidden="true">{online ? "●" : "○"}</span> <span>{online ? t("online") : t("offline")}</span>
      </span>
      <span role="status" aria-live="polite" className={`sync-message sync-${tone}`} data-status={state.status}>
        {message}
      </span>
      {!state.storageWorks ? <span className="error small" role="alert">{t("noStorage")}</span> : null}
    </div>
  );
}
