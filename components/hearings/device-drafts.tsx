"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { scheduleHearingAction } from "@/lib/hearings/actions";
import { listDrafts, listSchedules, removeSchedule, type StoredDraft, type StoredSchedule } from "./draft-store";

/**
 * What this device holds for this user that the server does not have yet: reports with unsaved changes
 * (opening one saves it) and hearings scheduled while offline (sent here, once each, by their key).
 */
export function DeviceDrafts({ userId }: { userId: number }) {
  const t = useTranslations("hearings.device");
  const format = useFormatter();
  const router = useRouter();
  const [drafts, setDrafts] = useState<StoredDraft[]>([]);
  const [schedules, setSchedules] = useState<StoredSchedule[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const load = () => {
      // Only this user's, one line per report however many tabs keep a copy of it.
      const byReport = new Map(listDrafts().filter((d) => d.userId === userId).map((d) => [d.hearingId, d]));
      setDrafts([...byReport.values()]);
      setSchedules(listSchedules().filter((s) => s.userId === userId));
    };
    load();
    window.addEventListener("storage", load);
    return () => window.removeEventListener("storage", load);
  }, [userId]);

  async function create(schedule: StoredSchedule) {
    setFailed(false);
    try {
      const result = await scheduleHearingAction(schedule.input);
      if (!result.ok) return setFailed(true);
      removeSchedule(schedule.input.clientKey);
      router.push(`/hearings/${result.data.hearingId}`);
    } catch {
      setFailed(true);
    }
  }

  if (!drafts.length && !schedules.length) return null;
  return (
    <section className="card device-drafts" aria-labelledby="device-drafts-title">
      <h2 id="device-drafts-title">{t("title")}</h2>
      <p className="hint">{t("explain")}</p>
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
