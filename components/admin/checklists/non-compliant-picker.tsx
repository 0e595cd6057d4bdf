"use client";

import { useTranslations } from "next-intl";
import { FieldError } from "@/components/ui/action-error";

interface NonCompliantPickerProps {
  candidates: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
}

/** Which answers mark non-compliance: a checkbox per answer that could (never "not applicable" or "unclear"). */
export function NonCompliantPicker({ candidates, value, onChange, error }: NonCompliantPickerProps) {
  const t = useTranslations("adminChecklists.form");
  const toggle = (answer: string) => onChange(value.includes(answer) ? value.filter((v) => v !== answer) : [...value, answer]);
  return (
    <fieldset aria-describedby={`non-compliant-hint${error ? " non-compliant-error" : ""}`}>
      <legend>{t("nonCompliant")}</legend>
      <p className="hint small" id="non-compliant-hint">{t("nonCompliantHint")}</p>
      <div className="choice-group">
        {candidates.map((candidate) => (
          <label className="choice" key={candidate.value}>
            <input type="checkbox" checked={value.includes(candidate.value)} onChange={() => toggle(candidate.value)} />
            {candidate.label}
          </label>
        ))}
      </div>
      <FieldError id="non-compliant-error" message={error} />
    </fieldset>
  );
}
