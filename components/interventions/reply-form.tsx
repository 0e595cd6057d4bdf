"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { applyFieldErrors } from "@/components/admin/apply-field-errors";
import { InteractiveFieldset } from "@/components/admin/interactive-fieldset";
import { SubmitButton } from "@/components/admin/submit-button";
import { ActionRefusal } from "@/components/review/action-refusal";
import { FieldError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import type { InterventionOutcome } from "@/lib/generated/prisma/enums";
import { recordReplyAction } from "@/lib/interventions/actions";
import { MAX_INTERVENTION_TEXT, OUTCOMES, replyFormSchema } from "@/lib/interventions/schema";

type ReplyValues = { repliedAt: string; reply: string; outcome: InterventionOutcome };

/** Marks the reply received: its date, what it says and the outcome, at the version shown. */
export function ReplyForm({ interventionId, version, defaults }: { interventionId: number; version: number; defaults: ReplyValues }) {
  const t = useTranslations();
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<ReplyValues>({
    resolver: zodResolver(replyFormSchema) as unknown as Resolver<ReplyValues>,
    defaultValues: defaults,
  });
  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const outcome = await recordReplyAction({ ...values, interventionId, baseVersion: version });
    setResult(outcome);
    if (!outcome.ok) return applyFieldErrors(outcome, setError);
    router.refresh();
  });
  const described = (name: keyof ReplyValues) => (errors[name] ? `reply-${name}-error` : undefined);
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="reply-form-title">
      <InteractiveFieldset>
        <h3 id="reply-form-title">{t("interventions.reply.record")}</h3>
        <p className="hint">{t("interventions.reply.explain")}</p>
        <div aria-live="assertive"><ActionRefusal result={result} /></div>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="reply-repliedAt">{t("interventions.reply.repliedAt")}</label>
            <input id="reply-repliedAt" type="date" aria-invalid={!!errors.repliedAt} aria-describedby={described("repliedAt")} {...register("repliedAt")} />
            <FieldError id="reply-repliedAt-error" message={errors.repliedAt?.message} />
          </div>
          <div className="field">
            <label htmlFor="reply-outcome">{t("interventions.reply.outcome")}</label>
            <select id="reply-outcome" {...register("outcome")}>
              {OUTCOMES.map((o) => <option key={o} value={o}>{t(`enums.interventionOutcome.${o}`)}</option>)}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor="reply-reply">{t("interventions.reply.text")}</label>
          <textarea id="reply-reply" rows={4} maxLength={MAX_INTERVENTION_TEXT} aria-invalid={!!errors.reply} aria-describedby={described("reply")} {...register("reply")} />
          <FieldError id="reply-reply-error" message={errors.reply?.message} />
        </div>
        <div className="form-actions">
          <SubmitButton pending={isSubmitting}>{isSubmitting ? t("interventions.reply.saving") : t("interventions.reply.save")}</SubmitButton>
        </div>
        <div aria-live="polite">{result?.ok ? <p className="alert alert-success" role="status">{t("interventions.reply.saved")}</p> : null}</div>
      </InteractiveFieldset>
    </form>
  );
}
