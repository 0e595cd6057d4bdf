"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { bilingualName } from "@/lib/courts/court-name";
import { filterCourts, type CourtOption } from "@/lib/hearings/court-option";

interface CourtPickerProps {
  courts: CourtOption[];
  value: number | null;
  onChange: (courtId: number | null) => void;
  error?: string;
}

/**
 * Picks a court by typing part of either of its names ("pec" finds Pejë / Peć): the search narrows a plain
 * select, which every keyboard and screen reader knows how to use.
 */
export function CourtPicker({ courts, value, onChange, error }: CourtPickerProps) {
  const t = useTranslations("hearings.schedule");
  const locale = useLocale();
  const [query, setQuery] = useState("");
  const matches = filterCourts(courts, query);
  const selected = courts.find((c) => c.id === value);
  const options = selected && !matches.includes(selected) ? [selected, ...matches] : matches;

  const search = (text: string) => {
    setQuery(text);
    const found = filterCourts(courts, text);
    if (found.length === 1) onChange(found[0]!.id);
  };

  return (
    <>
      <div className="field">
        <label htmlFor="court-search">{t("findCourt")}</label>
        <input id="court-search" type="search" value={query} autoComplete="off" aria-describedby="court-search-count"
          aria-controls="field-courtId" onChange={(e) => search(e.target.value)} />
        <span className="hint" id="court-search-count" aria-live="polite">{t("courtMatches", { count: matches.length })}</span>
      </div>
      <div className="field">
        <label htmlFor="field-courtId">{t("court")}</label>
        <select id="field-courtId" value={value ?? ""} aria-invalid={!!error} aria-describedby={error ? "courtId-error" : undefined}
          onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
          <option value="">{t("chooseCourt")}</option>
          {options.map((court) => <option key={court.id} value={court.id}>{bilingualName(court, locale)}</option>)}
        </select>
        {error ? <span className="error" id="courtId-error">{error}</span> : null}
      </div>
    </>
  );
}
