"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/action-result";
import { saveVersionNotes } from "@/lib/checklists/editor/actions";
import { AdminActionError } from "../admin-action-error";
import { SubmitButton } from "../submit-button";
import { useHydrated } from "../use-hydrated";

export function VersionNotesForm({ versionId, notes }: { versionId: number; notes: string }) {
  const t = useTranslations();
  const [value, setValue] = useState(notes);
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => setResult(await saveVersionNotes({ versionId, notes: value })));
  };
  return (
    <form onSubmit={submit}>
      <div className="field">
        <label htmlFor="version-notes">{t("adminChecklists.notesLabel")}</label>
        <textarea id="version-notes" disabled={!hydrated} rows={3} maxLength={2000} value={value} onChange={(e) => setValue(e.target.value)} />
      </div>
      <div className="row">
        <SubmitButton className="button button-secondary button-small" pending={pending}>{t("adminChecklists.saveNotes")}</SubmitButton>
        <span aria-live="polite" className="small">{result?.ok ? t("admin.saved") : null}</span>
      </div>
      <AdminActionError result={result} />
    </form>
  );
}
