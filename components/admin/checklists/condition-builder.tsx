"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { CONDITION_FACTS, type Condition, type ConditionFact } from "@/lib/checklists/condition";
import { conditionToRows, rowsToCondition, type BuilderState, type ConditionRow } from "@/lib/checklists/editor/condition-builder";
import { FACT_DOMAINS } from "@/lib/checklists/editor/fact-domains";
import { ConditionJsonEditor } from "./condition-json-editor";
import { useFactLabels } from "./use-fact-labels";

interface ConditionBuilderProps {
  value: Condition | null;
  /** `incomplete`: a comparison without any value is being edited, so the condition is not what the admin sees yet. */
  onChange: (condition: Condition | null, incomplete: boolean) => void;
  error?: string;
}

const newRow = (): ConditionRow => ({ fact: "status", operator: "is", values: [] });

/**
 * Builds "when does this question apply" from hearing facts without writing JSON: comparisons joined by
 * all / any. Deeper nesting (rare) is written in the JSON editor, which this component switches to.
 */
export function ConditionBuilder({ value, onChange, error }: ConditionBuilderProps) {
  const t = useTranslations("adminChecklists.condition");
  const labels = useFactLabels();
  const id = useId();
  const initial = conditionToRows(value);
  const [state, setState] = useState<BuilderState>(initial ?? { mode: "always", rows: [] });
  const [jsonMode, setJsonMode] = useState(initial === null);

  const update = (next: BuilderState) => {
    setState(next);
    onChange(rowsToCondition(next), next.mode !== "always" && next.rows.some((row) => row.values.length === 0));
  };
  const setMode = (mode: BuilderState["mode"]) => update({ mode, rows: mode !== "always" && state.rows.length === 0 ? [newRow()] : state.rows });
  const setRow = (index: number, row: ConditionRow) => update({ ...state, rows: state.rows.map((r, i) => (i === index ? row : r)) });
  const removeRow = (index: number) => update({ ...state, rows: state.rows.filter((_, i) => i !== index) });

  const fromJson = (condition: Condition | null) => {
    onChange(condition, false);
    const rows = conditionToRows(condition);
    if (rows) setState(rows);
  };

  if (jsonMode) {
    const representable = conditionToRows(value) !== null;
    return (
      <fieldset>
        <legend>{t("title")}</legend>
        {representable ? null : <p className="small alert alert-info">{t("tooComplex")}</p>}
        <ConditionJsonEditor value={value} onApply={fromJson} error={error} />
        {representable ? (
          <button type="button" className="button button-secondary button-small" onClick={() => setJsonMode(false)}>{t("hideJson")}</button>
        ) : null}
      </fieldset>
    );
  }

  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t("title")}</legend>
      <div className="choice-group" role="radiogroup" aria-label={t("title")}>
        {(["always", "all", "any"] as const).map((mode) => (
          <label className="choice" key={mode}>
            <input type="radio" name={`${id}-mode`} checked={state.mode === mode} onChange={() => setMode(mode)} />
            {t(mode === "always" ? "modeAlways" : mode === "all" ? "modeAll" : "modeAny")}
          </label>
        ))}
      </div>
      {state.mode === "always" ? null : (
        <div className="condition-rows">
          {state.rows.map((row, index) => (
            <ConditionRowEditor key={index} id={`${id}-${index}`} index={index} row={row} labels={labels}
              onChange={(next) => setRow(index, next)} onRemove={() => removeRow(index)} />
          ))}
          <button type="button" className="button button-secondary button-small" onClick={() => update({ ...state, rows: [...state.rows, newRow()] })}>
            {t("addRow")}
          </button>
          <p className="hint small">{t("unknownNote")}</p>
        </div>
      )}
      {error ? <span id={`${id}-error`} className="error">{error}</span> : null}
      <p>
        <button type="button" className="button-link small" onClick={() => setJsonMode(true)}>{t("showJson")}</button>
      </p>
    </fieldset>
  );
}

interface RowEditorProps {
  id: string;
  index: number;
  row: ConditionRow;
  labels: ReturnType<typeof useFactLabels>;
  onChange: (row: ConditionRow) => void;
  onRemove: () => void;
}

function ConditionRowEditor({ id, index, row, labels, onChange, onRemove }: RowEditorProps) {
  const t = useTranslations("adminChecklists.condition");
  const domain = FACT_DOMAINS[row.fact];
  const toggle = (value: string) =>
    onChange({ ...row, values: row.values.includes(value) ? row.values.filter((v) => v !== value) : [...row.values, value] });
  return (
    <fieldset className="condition-row">
      <legend>{t("row", { number: index + 1 })}</legend>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-fact`}>{t("fact")}</label>
          <select id={`${id}-fact`} value={row.fact}
            onChange={(e) => onChange({ fact: e.target.value as ConditionFact, operator: row.operator, values: FACT_DOMAINS[e.target.value as ConditionFact].type === "boolean" ? [true] : [] })}>
            {CONDITION_FACTS.map((fact) => <option key={fact} value={fact}>{labels.fact(fact)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-operator`}>{t("operator")}</label>
          <select id={`${id}-operator`} value={row.operator} onChange={(e) => onChange({ ...row, operator: e.target.value as ConditionRow["operator"] })}>
            <option value="is">{domain.type === "boolean" ? t("is") : t("isOneOf")}</option>
            <option value="isNot">{domain.type === "boolean" ? t("isNot") : t("isNoneOf")}</option>
          </select>
        </div>
      </div>
      {domain.type === "boolean" ? (
        <div className="choice-group" role="radiogroup" aria-label={t("value")}>
          {[true, false].map((value) => (
            <label className="choice" key={String(value)}>
              <input type="radio" name={`${id}-value`} checked={row.values[0] === value} onChange={() => onChange({ ...row, values: [value] })} />
              {labels.value(row.fact, value)}
            </label>
          ))}
        </div>
      ) : (
        <div className="choice-group" role="group" aria-label={t("values")}>
          {domain.values.map((value) => (
            <label className="choice" key={value}>
              <input type="checkbox" checked={row.values.includes(value)} onChange={() => toggle(value)} />
              {labels.value(row.fact, value)}
            </label>
          ))}
        </div>
      )}
      {row.values.length === 0 ? <p className="error small">{t("chooseValue")}</p> : null}
      <button type="button" className="button button-secondary button-small" onClick={onRemove}>{t("removeRow", { number: index + 1 })}</button>
    </fieldset>
  );
}
