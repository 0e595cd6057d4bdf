"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { StoredFieldKit } from "@/lib/offline/device-db";
import { downloadFieldKit, lastFieldKit } from "@/lib/offline/field-kit";
import { FIELD_KIT_DAYS } from "@/lib/offline/field-kit-types";
import type { ClearedCopy } from "@/lib/offline/stale-copies";
import { ClearedCopies } from "./cleared-copies";

type FailReason = "offline" | "signedOut" | "noCache" | "noWorker" | "failed" | "partial";
type Phase = { kind: "idle" } | { kind: "working"; done: number; total: number } | { kind: "failed"; reason: FailReason };

/** Waits for the service worker, so that pages put on the device are answered by it offline. */
async function workerReady(): Promise<boolean> {
  if (!("serviceWorker" in navigator)) return false;
  const ready = navigator.serviceWorker.ready.then(() => true);
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000));
  return Promise.race([ready, timeout]);
}

/**
 * "Ready for court": puts the monitor's upcoming hearings, drafts and returned reports (with their checklist
 * and case history) on the device, and says what is there and when it was last brought up to date.
 */
export function FieldKitPanel({ userId }: { userId: number }) {
  const t = useTranslations("offline.fieldKit");
  const format = useFormatter();
  const [kit, setKit] = useState<StoredFieldKit | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [cleared, setCleared] = useState<ClearedCopy[]>([]);

  useEffect(() => {
    void lastFieldKit(userId).then(setKit);
  }, [userId]);

  async function prepare() {
    setCleared([]);
    setPhase({ kind: "working", done: 0, total: 0 });
    if (!(await workerReady())) return setPhase({ kind: "failed", reason: "noWorker" });
    const outcome = await downloadFieldKit(userId, (done, total) => setPhase({ kind: "working", done, total }));
    if (!outcome.ok) return setPhase({ kind: "failed", reason: outcome.reason });
    setKit(outcome.kit);
    setCleared(outcome.cleared);
    setPhase(outcome.failed ? { kind: "failed", reason: "partial" } : { kind: "idle" });
  }

  const entries = kit?.manifest.entries ?? [];
  return (
    <section className="card field-kit" aria-labelledby="field-kit-title">
      <h2 id="field-kit-title">{t("title")}</h2>
      <p className="hint">{t("explain", { days: kit?.manifest.days ?? FIELD_KIT_DAYS })}</p>
      <div role="status" aria-live="polite">
        {phase.kind === "working" ? <p>{phase.total ? t("progress", { done: phase.done, total: phase.total }) : t("starting")}</p> : null}
        {phase.kind === "idle" && kit ? (
          <p>{t("ready", { count: entries.length, time: format.dateTime(new Date(kit.syncedAt), "dateTime") })}</p>
        ) : null}
        {phase.kind === "idle" && !kit ? <p className="muted">{t("nothingYet")}</p> : null}
      </div>
      {phase.kind === "failed" ? <p className="alert alert-danger" role="alert">{t(`failed.${phase.reason}`)}</p> : null}
      <ClearedCopies cleared={cleared} />
      {entries.length ? (
        <details>
          <summary>{t("onDevice", { count: entries.length })}</summary>
          <ul className="small">
            {entries.map((entry) => (
              <li key={entry.hearingId}>
                <a href={`/hearings/${entry.hearingId}`}>{entry.caseNumber}</a> · {format.dateTime(new Date(entry.scheduledAt), "dateTime")}
                {entry.reviewState === "RETURNED" ? ` · ${t("returned")}` : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="form-actions">
        <button type="button" className="button" onClick={prepare} disabled={phase.kind === "working"} aria-disabled={phase.kind === "working"}>
          {t("button")}
        </button>
      </div>
    </section>
  );
}
