import type { ConditionFacts } from "../../lib/checklists/condition.ts";
import { evaluateCondition } from "../../lib/checklists/condition.ts";
import type { AnswerValue, QuestionRule } from "../../lib/checklists/compliance.ts";
import type { CaseDraft, HearingDraft } from "./case-generator.ts";
import type { Random } from "./random.ts";

/**
 * How often each question is answered non-compliantly where it applies, at an average court, and how
 * often "not applicable" is the honest answer. Tuned to DOMAIN.md's figures (unannounced hearings 22%,
 * protection-order deadlines breached in 24%, ...).
 */
const RATES: Record<string, { nc: number; na?: number; skip?: number }> = {
  PUB_ADMITTED: { nc: 0.05 }, PUB_CLOSURE_GROUND: { nc: 0.25 }, PUB_PRONOUNCED: { nc: 0.04 },
  IND_PANEL_LAWFUL: { nc: 0.03 }, IND_PREJUDGMENT: { nc: 0.03 }, IND_OUTSIDE_CONTACT: { nc: 0.01 },
  RT_DEADLINE_MET: { nc: 0.12, na: 0.55 },
  PI_RESTRAINTS: { nc: 0.08 }, PI_GUILT_STATEMENTS: { nc: 0.04 }, PI_BURDEN_SHIFTED: { nc: 0.02 },
  CH_CHARGE_READ: { nc: 0.06 }, CH_UNDERSTOOD: { nc: 0.05 },
  DEF_LATE_COUNSEL: { nc: 0.12 }, DEF_ADJOURN_REFUSED: { nc: 0.04, na: 0.7 }, DEF_FILE_ACCESS: { nc: 0.05 },
  LA_MANDATORY_REPRESENTED: { nc: 0.06, na: 0.45 }, LA_RIGHT_EXPLAINED: { nc: 0.35 },
  EQ_QUESTION_WITNESSES: { nc: 0.03, na: 0.3 }, EQ_WITNESS_REQUEST_REFUSED: { nc: 0.05, na: 0.6 }, EQ_STATEMENTS_READ_IN: { nc: 0.07, na: 0.3 },
  LANG_CONTINUOUS: { nc: 0.15 }, LANG_CHARGED: { nc: 0.02 },
  SI_SILENCE_EXPLAINED: { nc: 0.18 }, SI_COERCION_IGNORED: { nc: 0.03, na: 0.9 },
  RJ_REASONS_ORAL: { nc: 0.08 }, RJ_APPEAL_EXPLAINED: { nc: 0.08 }, RJ_WRITTEN_ON_TIME: { nc: 0.2, skip: 0.4 },
  VR_NOTIFIED_PRESENT: { nc: 0.12 }, VR_INFORMED: { nc: 0.14 }, VR_SEPARATED: { nc: 0.15 }, VR_COMPENSATION: { nc: 0.2 },
  JUV_CLOSED: { nc: 0.04 }, JUV_SOCIAL_WORK: { nc: 0.15 }, JUV_GUARDIAN: { nc: 0.08 },
  GEN_PO_DEADLINE: { nc: 0.24, na: 0.2 }, GEN_RECONCILIATION: { nc: 0.12 }, GEN_VICTIM_BLAMING: { nc: 0.06 },
  LIB_DETENTION_REASONED: { nc: 0.1, na: 0.3 },
};

export function conditionFactsOf(kase: CaseDraft, hearing: HearingDraft): ConditionFacts {
  return {
    status: hearing.status,
    stage: hearing.stage,
    caseCategory: kase.category,
    caseSubject: kase.subject,
    closedToPublic: hearing.closedToPublic,
    interpretationNeeded: hearing.interpretationNeeded,
    defendantsPresent: hearing.defendantsPresent,
    detentionStatus: hearing.detentionStatus,
    defenceCounsel: hearing.defenceCounsel,
    victimInvolved: hearing.victimInvolved,
    juvenileInvolved: hearing.juvenileInvolved,
    verdictPronounced: hearing.verdictPronounced,
    protectionOrder: hearing.protectionOrder,
  };
}

/** Draws the monitor's answers to the questions that apply. Drafts are left half done. */
export function drawAnswers(
  random: Random,
  questions: QuestionRule[],
  kase: CaseDraft,
  hearing: HearingDraft,
  conduct: number,
): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  if (!hearing.observed) return answers;
  const facts = conditionFactsOf(kase, hearing);
  // Conduct improves slowly over the period, so that trends have something to show.
  const drift = 1.15 - 0.3 * hearing.periodPosition;
  for (const q of questions) {
    if (!evaluateCondition(q.condition, facts)) continue;
    if (hearing.reviewState === "DRAFT" && random.chance(0.5)) continue;
    const rate = RATES[q.code];
    if (q.code === "PUB_LISTED") answers[q.code] = hearing.announcedPublicly ? "YES" : "NO";
    else if (q.code === "LANG_INTERPRETER_PRESENT") answers[q.code] = hearing.interpretationProvided ? "YES" : "NO";
    else if (!rate) answers[q.code] = "YES";
    else if (rate.skip && random.chance(rate.skip)) continue;
    else if (rate.na && random.chance(rate.na)) answers[q.code] = "NA";
    else if (random.chance(0.015)) answers[q.code] = "UNCLEAR";
    else {
      const nonCompliant = random.chance(Math.min(0.95, rate.nc * conduct * drift));
      const ncValue = q.nonCompliantAnswers[0] ?? "NO";
      answers[q.code] = nonCompliant ? ncValue : ncValue === "YES" ? "NO" : "YES";
    }
  }
  return answers;
}
