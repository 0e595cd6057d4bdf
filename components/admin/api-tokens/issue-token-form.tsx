"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { issueToken } from "@/lib/api-tokens/actions";
import { issueTokenSchema, type IssueTokenInput } from "@/lib/api-tokens/schema";
import { AdminActionError } from "../admin-action-error";
import { applyFieldErrors } from "../apply-field-errors";
import { OneTimeSecret } from "../one-time-secret";
import { SubmitButton } from "../submit-button";
import { InteractiveFieldset } from "../interactive-fieldset";

/** Issues a token for a user and shows it once. */
export function IssueTokenForm({ holders }: { holders: { id: number; label: string }[] }) {
  const t = useTranslations("adminTokens");
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<{ token: string }> | null>(null);
  const [issued, setIssued] = useState<{ token: string; name: string; user: string } | null>(null);
  const { register, handleSubmit, reset, setError, formState: { errors, isSubmitting } } = useForm<z.input<typeof issueTokenSchema>, unknown, IssueTokenInput>({
    resolver: zodResolver(issueTokenSchema),
    defaultValues: { userId: "", name: "" },
  });
  const onSubmit = handleSubmit(async (values) => {
    setIssued(null);
    const outcome = await issueToken(values);
    setResult(outcome);
    if (!outcome.ok) return applyFieldErrors(outcome, setError);
    setIssued({ token: outcome.data.token, name: values.name, user: holders.find((h) => h.id === values.userId)?.label ?? "" });
    reset();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card">
      <InteractiveFieldset>
      <div aria-live="assertive"><AdminActionError result={result} /></div>
      <div className="field">
        <label htmlFor="token-user">{t("holder")}</label>
        <select id="token-user" aria-invalid={!!errors.userId} aria-describedby={`token-user-hint${errors.userId ? " token-user-error" : ""}`} {...register("userId")}>
          <option value="">{t("chooseHolder")}</option>
          {holders.map((h) => <option key={h.id} value={String(h.id)}>{h.label}</option>)}
        </select>
        <span className="hint" id="token-user-hint">{t("holderHint")}</span>
        <FieldError id="token-user-error" message={errors.userId?.message} />
      </div>
      <div className="field">
        <label htmlFor="token-name">{t("name")}</label>
        <input id="token-name" type="text" aria-invalid={!!errors.name} aria-describedby={`token-name-hint${errors.name ? " token-name-error" : ""}`} {...register("name")} />
        <span className="hint" id="token-name-hint">{t("nameHint")}</span>
        <FieldError id="token-name-error" message={errors.name?.message} />
      </div>
      <div className="form-actions">
        <SubmitButton className="button" pending={isSubmitting}>{t("issue")}</SubmitButton>
      </div>
      <div aria-live="polite">
        {issued ? (
          <div className="alert alert-success">
            <p role="status">{t("issued", { name: issued.name, user: issued.user })}</p>
            <OneTimeSecret label={t("token")} value={issued.token} />
          </div>
        ) : null}
      </div>
      </InteractiveFieldset>
    </form>
  );
}
