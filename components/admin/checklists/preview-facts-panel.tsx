"use client";

import { useTranslations } from "next-intl";
import { CONDITION_FACTS, type ConditionFact, type ConditionFacts, type FactValue } from "@/lib/checklists/condition";
import { FACT_DOMAINS } from "@/lib/checklists/editor/fact-domains";
import { isCaseFact } from "@/lib/checklists/editor/preview-scenario";
import { useFactLabels } from "./use-fact-labels";

interface PreviewFactsPanelProps {
  /** The facts the conditions read, as the monitor's form passes them on. */
  values: ConditionFacts;
  /** Facts the monitor's form asks for this hearing so far; the others are listed as not asked. */
  asked: (fact: ConditionFact) => boolean;
  onChange: (fact: ConditionFact, value: FactValue) => void;
}

const fieldId = (fact: ConditionFact) => `preview-fact-${fact}`;

/** The hearing facts that checklist conditions read, to set as a monitor would record them. */
export function PreviewFactsPanel({ values, asked, onChange }: PreviewFactsPanelProps) {
  const t = useTranslations();
  const labels = useFactLabels();
  const notAsked = CONDITION_FACTS.filter((fact) => !asked(fact));
  return (
    <div className="preview-facts">
      {CONDITION_FACTS.filter(asked).map((fact) => {
        const domain = FACT_DOMAINS[fact];
        const value = values[fact] ?? null;
        if (domain.type === "boolean") {
          const choices = [
            { key: "yes", value: true, label: t("common.yes") },
            { key: "no", value: false, label: t("common.no") },
            { key: "none", value: null, label: t("common.notRecorded") },
          ];
          return (
            <fieldset className="fact" key={fact} id={fieldId(fact)}>
              <legend>{labels.fact(fact)}</legend>
              <div className="choice-group">
                {choices.map((choice) => (
                  <label className="choice" key={choice.key}>
                    <input type="radio" name={fieldId(fact)} checked={value === choice.value} onChange={() => onChange(fact, choice.value)} />
                    {choice.label}
                  </label>
                ))}
              </div>
            </fieldset>
          );
        }
        return (
          <div className="field" key={fact}>
            <label htmlFor={fieldId(fact)}>{labels.fact(fact)}</label>
            <select id={fieldId(fact)} value={value === null ? "" : String(value)} onChange={(e) => onChange(fact, e.target.value === "" ? null : e.target.value)}>
              {isCaseFact(fact) ? null : <option value="">{t("common.notRecorded")}</option>}
              {domain.values.map((v) => <option key={v} value={v}>{labels.value(fact, v)}</option>)}
            </select>
          </div>
        );
      })}
      {notAsked.length ? (
        <p className="hint small">{t("adminChecklists.previewNotAsked", { facts: notAsked.map((fact) => labels.fact(fact)).join(", ") })}</p>
      ) : null}
    </div>
  );
}
