"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { SeverityBadge } from "@/components/findings/severity-badge";
import { standardName } from "@/components/findings/standard-name";
import type { FindingChoice } from "@/lib/interventions/queries";

interface FindingPickerProps {
  choices: FindingChoice[];
  chosen: string[];
  onChange: (chosen: string[]) => void;
  error?: React.ReactNode;
}

/** The findings an intervention responds to: checkboxes, narrowed by a text filter (the chosen ones always shown). */
export function FindingPicker({ choices, chosen, onChange, error }: FindingPickerProps) {
  const t = useTranslations("interventions.form");
  const locale = useLocale();
  const [query, setQuery] = useState("");
  const needle = query.trim().toLowerCase();
  const visible = choices.filter((f) => {
    if (!needle || chosen.includes(String(f.id))) return true;
    return [f.title, f.case?.caseNumber ?? "", standardName(f.standard, locale)].some((text) => text.toLowerCase().includes(needle));
  });
  const toggle = (id: string, checked: boolean) => onChange(checked ? [...chosen, id] : chosen.filter((c) => c !== id));
  return (
    <fieldset className="fact finding-picker" aria-describedby="intervention-findings-hint">
      <legend>{t("findings")}</legend>
      <p className="hint" id="intervention-findings-hint">{t("findingsHint")} <span aria-live="polite">{t("findingsChosen", { count: chosen.length })}</span></p>
      {choices.length ? (
        <>
          <div className="field">
            <label htmlFor="intervention-findings-filter">{t("findingsFilter")}</label>
            <span className="hint" id="intervention-findings-filter-hint">{t("findingsFilterHint")}</span>
            <input id="intervention-findings-filter" type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby="intervention-findings-filter-hint" />
          </div>
          <ul className="plain-list candidate-list">
            {visible.map((finding) => (
              <li key={finding.id}>
                <label className="candidate">
                  <input type="checkbox" value={finding.id} checked={chosen.includes(String(finding.id))} onChange={(e) => toggle(String(finding.id), e.target.checked)} />
                  <span>
                    <strong>{finding.title}</strong>
                    <span className="row small">
                      <span>{standardName(finding.standard, locale)}</span>
                      {finding.case ? <span>{finding.case.caseNumber}</span> : null}
                      <SeverityBadge severity={finding.severity} />
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </>
      ) : <p className="muted">{t("noFindings")}</p>}
      {error}
    </fieldset>
  );
}
