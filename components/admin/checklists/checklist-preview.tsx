"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ChecklistFields } from "@/components/checklists/checklist-fields";
import { evaluateCondition } from "@/lib/checklists/condition";
import { blankScenario, isFactAsked, scenarioConditionFacts, withAnswer, withFact } from "@/lib/checklists/editor/preview-scenario";
import type { ChecklistQuestionView } from "@/lib/checklists/question-view";
import { InteractiveFieldset } from "../interactive-fieldset";
import { PreviewFactsPanel } from "./preview-facts-panel";

/**
 * A checklist version as a monitor will fill it, with the monitor form's own checklist component: the admin
 * sets a hearing's facts and sees the questions appear and disappear as they would in a report. Nothing is saved.
 */
export function ChecklistPreview({ questions }: { questions: ChecklistQuestionView[] }) {
  const t = useTranslations("adminChecklists");
  const [scenario, setScenario] = useState(blankScenario);
  const facts = scenarioConditionFacts(scenario);
  const applicable = questions.filter((q) => evaluateCondition(q.condition, facts)).length;
  return (
    <InteractiveFieldset className="preview-layout">
      <section className="card preview-panel" aria-labelledby="preview-facts-title">
        <h2 id="preview-facts-title">{t("previewFacts")}</h2>
        <p className="hint">{t("previewFactsHint")}</p>
        <PreviewFactsPanel values={facts} asked={(fact) => isFactAsked(scenario, fact)}
          onChange={(fact, value) => setScenario((current) => withFact(current, fact, value, questions))} />
        <button type="button" className="button button-secondary button-small" onClick={() => setScenario(blankScenario())}>{t("previewReset")}</button>
      </section>
      <section className="card" aria-labelledby="preview-checklist-title">
        <h2 id="preview-checklist-title">{t("previewChecklist")}</h2>
        <p className="preview-count" role="status">{t("previewCount", { applicable, total: questions.length })}</p>
        <ChecklistFields questions={questions} facts={facts} answers={scenario.answers}
          onAnswer={(code, value) => setScenario((current) => withAnswer(current, code, value))} />
      </section>
    </InteractiveFieldset>
  );
}
