"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { searchCasesAction } from "@/lib/cases/actions";
import { normalizeCaseNumber } from "@/lib/cases/case-number";
import type { CaseMatch } from "@/lib/cases/queries";

interface CaseNumberFieldProps {
  courtId: number | null;
  value: string;
  onChange: (caseNumber: string) => void;
  /** The case already registered under exactly this number in this court, or null (a new case). */
  onMatch: (match: CaseMatch | null, lookedUp: boolean) => void;
  error?: string;
}

const LOOKUP_DELAY_MS = 300;

/** The case number, with the court's cases that match what is typed offered beneath it. */
export function CaseNumberField({ courtId, value, onChange, onMatch, error }: CaseNumberFieldProps) {
  const t = useTranslations();
  const [lookedUp, setLookedUp] = useState<{ key: string; matches: CaseMatch[]; ok: boolean } | null>(null);
  const query = normalizeCaseNumber(value);
  const key = `${courtId}|${query}`;

  useEffect(() => {
    if (!courtId || !query) return;
    let current = true;
    const timer = setTimeout(async () => {
      try {
        const result = await searchCasesAction({ courtId, query });
        if (!current) return;
        const found = result.ok ? result.data : [];
        setLookedUp({ key: `${courtId}|${query}`, matches: found, ok: result.ok });
        onMatch(found.find((m) => m.caseNumber.toLowerCase() === query.toLowerCase()) ?? null, result.ok);
      } catch {
        if (current) {
          setLookedUp({ key: `${courtId}|${query}`, matches: [], ok: false });
          onMatch(null, false);
        }
      }
    }, LOOKUP_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // onMatch is the parent's setter: a new function each render must not restart the lookup.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [courtId, query]);

  // Only the answer to what is in the field now counts; an older one would name another court's cases.
  const current = courtId && query && lookedUp?.key === key ? lookedUp : null;
  const matches = current?.matches ?? [];
  const exact = matches.find((m) => m.caseNumber.toLowerCase() === query.toLowerCase());
  const others = matches.filter((m) => m !== exact);
  return (
    <div className="field">
      <label htmlFor="field-caseNumber">{t("hearings.caseNumber")}</label>
      <input id="field-caseNumber" type="text" value={value} autoComplete="off" maxLength={60} aria-invalid={!!error}
        aria-describedby="caseNumber-hint caseNumber-status" onChange={(e) => onChange(e.target.value)} />
      <span className="hint" id="caseNumber-hint">{t("hearings.schedule.caseNumberHint")}</span>
      <span className="hint" id="caseNumber-status" aria-live="polite">
        {!current ? null
          : exact ? t("hearings.schedule.existingCase", { category: t(`enums.caseCategory.${exact.category}`), subject: t(`enums.caseSubject.${exact.subject}`), count: exact.hearingCount })
          : current.ok ? t("hearings.schedule.newCase") : t("hearings.schedule.lookupFailed")}
      </span>
      {error ? <span className="error" id="caseNumber-error">{error}</span> : null}
      {others.length ? (
        <ul className="case-suggestions" aria-label={t("hearings.schedule.suggestions")}>
          {others.map((match) => (
            <li key={match.id}>
              <button type="button" className="button button-secondary button-small" onClick={() => onChange(match.caseNumber)}>
                {match.caseNumber}
                <span className="muted"> · {t(`enums.caseCategory.${match.category}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
