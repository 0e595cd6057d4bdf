"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { mergeCourt, restoreCourt, retireCourt } from "@/lib/courts/actions";
import { ConfirmActionButton } from "../confirm-action-button";
import { useHydrated } from "../use-hydrated";
import type { Option } from "./court-form";

/** Retire or restore a court, or merge it into another. */
export function CourtStatusPanel({ courtId, retired, merged, targets }: { courtId: number; retired: boolean; merged: boolean; targets: Option[] }) {
  const t = useTranslations("adminCourts");
  const [intoId, setIntoId] = useState("");
  const hydrated = useHydrated();
  if (merged) return null;
  return (
    <section className="card stack" aria-labelledby="status-title">
      <h2 id="status-title">{t("statusTitle")}</h2>
      {retired ? (
        <ConfirmActionButton label={t("restore")} hint={t("restoreHint")} run={() => restoreCourt({ courtId })}
          done={() => <p role="status" className="alert alert-success">{t("restoredDone")}</p>} />
      ) : (
        <>
          <ConfirmActionButton label={t("retire")} hint={t("retireHint")} danger run={() => retireCourt({ courtId })}
            done={() => <p role="status" className="alert alert-success">{t("retiredDone")}</p>} />
          <div className="confirm-action">
            <div className="field">
              <label htmlFor="merge-into">{t("mergeInto")}</label>
              <select id="merge-into" disabled={!hydrated} value={intoId} onChange={(e) => setIntoId(e.target.value)}>
                <option value="">{t("chooseCourt")}</option>
                {targets.filter((c) => c.id !== courtId).map((c) => <option key={c.id} value={String(c.id)}>{c.label}</option>)}
              </select>
            </div>
            {intoId ? (
              <ConfirmActionButton label={t("merge")} hint={t("mergeHint")} danger run={() => mergeCourt({ courtId, intoId: Number(intoId) })}
                done={(data) => <p role="status" className="alert alert-success">{t("mergedDone", { cases: data.movedOpenCases, judges: data.movedJudges, branches: data.movedBranches })}</p>} />
            ) : <p className="small muted">{t("mergeHint")}</p>}
          </div>
        </>
      )}
    </section>
  );
}
