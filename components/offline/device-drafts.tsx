"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { scheduleHearingAction } from "@/lib/hearings/actions";
import { onDeviceChange } from "@/lib/offline/device-db";
import { listDrafts, listSchedules, removeSchedule, type StoredDraft, type StoredSchedule } from "@/lib/offline/draft-store";
import { checkStaleCopies } from "@/lib/offline/field-kit";
import type { ClearedCopy } from "@/lib/offline/stale-copies";
import { ClearedCopies } from "./cleared-copies";

/**
 * What this device holds for this user that the server does not have yet: reports with unsaved changes
 * (opening one saves it) and hearings scheduled while offline (sent here, once each, by their key). Copies of
 * reports that can no longer be changed (submitted elsewhere, approved) are cleared, and listed with why.
 */
export function DeviceDrafts({ userId }: { userId: number }) {
  const t = useTranslations("hearings.device");
  const format = useFormatter();
  const router = useRouter();
  const [drafts, setDrafts] = useState<StoredDraft[]>([]);
  const [schedules, setSchedules] = useState<StoredSchedule[]>([]);
  const [cleared, setCleared] = useState<ClearedCopy[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const load = async () => {
      // Only this user's, one line per report however many tabs keep a copy of it.
      const byReport = new Map((await listDrafts()).filter((d) => d.userId === userId).map((d) => [d.hearingId, d]));
      const mine = (await listSchedules()).filter((s) => s.userId === userId);
      if (!live) return;
      setDrafts([...byReport.values()]);
      setSchedules(mine);
    };
    void checkStaleCopies(userId).then((gone) => {
      if (live && gone.length) setCleared(gone);
      return load();
    });
    const stop = onDeviceChange(() => void load());
    return () => {
      live = false;
      stop();
    };
  }, [userId]);

  async function create(schedule: StoredSchedule) {
    setFailed(false);
    try {
      const result = await scheduleHearingAction(schedule.input);
      if (!result.ok) return setFailed(true);
      await removeSchedule(schedule.input.clientKey);
      router.push(`/hearings/${result.data.hearingId}`);
    } catch {
      setFailed(true);
    }
  }

  if (!drafts.length && !schedules.length && !cleared.length) return null;
  return (
    <section className="card device-drafts" aria-labelledby="device-drafts-title">
      <h2 id="device-drafts-title">{t("title")}</h2>
      <ClearedCopies cleared={cleared} />
      {drafts.length || schedules.length ? <p className="hint">{t("explain")}</p> : null}
      <div aria-live="polite">{failed ? <p className="alert alert-danger">{t("createFailed")}</p> : null}</div>
      <ul>
        {drafts.map((draft) => (
          <li key={`d${draft.hearingId}`}>
            <Link href={`/hearings/${draft.hearingId}`}>{t("unsavedDraft", { caseNumber: draft.caseNumber })}</Link>
            <span className="small muted"> · {format.dateTime(new Date(draft.updatedAt), "dateTime")}</span>
          </li>
        ))}
        {schedules.map((schedule) => (
          <li key={`s${schedule.input.clientKey}`}>
            <span>{t("notCreated", { caseNumber: schedule.input.caseNumber, court: schedule.courtName })}</span>{" "}
            <button type="button" className="button button-small" onClick={() => create(schedule)}>{t("createNow")}</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
