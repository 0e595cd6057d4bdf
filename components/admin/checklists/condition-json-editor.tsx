"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { conditionSchema, type Condition } from "@/lib/checklists/condition";
import { impossibleComparisons } from "@/lib/checklists/editor/condition-values";
import { translateMessage } from "@/lib/validation/translate-message";

const EXAMPLE = '{"all":[{"fact":"victimInvolved","equals":true},{"any":[{"fact":"stage","in":["MAIN_TRIAL","CLOSING"]},{"not":{"fact":"status","equals":"HELD"}}]}]}';

/** The condition as JSON, checked with the same schema as the server before it is used. */
export function ConditionJsonEditor({ value, onApply, error }: { value: Condition | null; onApply: (condition: Condition | null) => void; error?: string }) {
  const t = useTranslations();
  const id = useId();
  const [text, setText] = useState(value ? JSON.stringify(value, null, 2) : "");
  const [problem, setProblem] = useState<string | null>(null);

  const apply = () => {
    if (!text.trim()) {
      setProblem(null);
      return onApply(null);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return setProblem("validation.invalidJson");
    }
    const parsed = conditionSchema.safeParse(raw);
    if (!parsed.success) return setProblem(parsed.error.issues[0]?.message ?? "validation.invalid");
    if (impossibleComparisons(parsed.data).length) return setProblem("validation.conditionImpossible");
    setProblem(null);
    onApply(parsed.data);
  };

  const shown = problem ?? error;
  return (
    <div className="field">
      <label htmlFor={`${id}-json`}>{t("adminChecklists.condition.json")}</label>
      <textarea id={`${id}-json`} className="code-input" rows={8} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)}
        aria-invalid={!!shown} aria-describedby={`${id}-hint${shown ? ` ${id}-error` : ""}`} />
      <span className="hint" id={`${id}-hint`}>{t("adminChecklists.condition.jsonHint", { example: EXAMPLE })}</span>
      {shown ? <span className="error" id={`${id}-error`} role="alert">{translateMessage(t, shown)}</span> : null}
      <div className="row">
        <button type="button" className="button button-small" onClick={apply}>{t("adminChecklists.condition.applyJson")}</button>
      </div>
    </div>
  );
}
