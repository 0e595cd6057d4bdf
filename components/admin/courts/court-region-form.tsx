"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { moveCourt } from "@/lib/courts/actions";
import { AdminActionError } from "../admin-action-error";
import type { Option } from "./court-form";
import { InteractiveFieldset } from "../interactive-fieldset";
import { SubmitButton } from "../submit-button";

/** Maps the court (and its branches) to another regional office. */
export function CourtRegionForm({ courtId, regionId, regions, hasBranches }: { courtId: number; regionId: number; regions: Option[]; hasBranches: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [target, setTarget] = useState(String(regionId));
  const [withBranches, setWithBranches] = useState(true);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const outcome = await moveCourt({ courtId, regionId: Number(target), withBranches: hasBranches && withBranches });
      setResult(outcome);
      if (outcome.ok) router.refresh();
    });
  };

  return (
    <form onSubmit={submit} className="card" aria-labelledby="region-title">
      <h2 id="region-title">{t("adminCourts.regionTitle")}</h2>
      <p className="small muted">{t("adminCourts.regionIntro")}</p>
      <InteractiveFieldset>
      <div className="field">
        <label htmlFor="move-region">{t("adminCourts.region")}</label>
        <select id="move-region" value={target} onChange={(e) => setTarget(e.target.value)}>
          {regions.map((r) => <option key={r.id} value={String(r.id)}>{r.label}</option>)}
        </select>
      </div>
      {hasBranches ? (
        <label className="choice">
          <input type="checkbox" checked={withBranches} onChange={(e) => setWithBranches(e.target.checked)} />
          {t("adminCourts.withBranches")}
        </label>
      ) : null}
      <div className="form-actions">
        <SubmitButton className="button button-secondary" pending={pending}>{t("adminCourts.move")}</SubmitButton>
      </div>
      </InteractiveFieldset>
      <div aria-live="polite">
        {result?.ok ? <p role="status" className="small">{(result.data as { changed: boolean }).changed ? t("adminCourts.moved") : t("admin.nothingChanged")}</p> : null}
        <AdminActionError result={result} />
      </div>
    </form>
  );
}
