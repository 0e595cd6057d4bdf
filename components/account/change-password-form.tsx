"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { AdminActionError } from "@/components/admin/admin-action-error";
import { applyFieldErrors } from "@/components/admin/apply-field-errors";
import { FieldError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { changePassword } from "@/lib/users/actions";
import { changePasswordFormSchema, type ChangePasswordInput } from "@/lib/users/schema";
import { SubmitButton } from "@/components/admin/submit-button";
import { InteractiveFieldset } from "@/components/admin/interactive-fieldset";

const FIELDS = ["currentPassword", "newPassword", "confirmPassword"] as const;

/**
 * Changing one's password ends every session of the account (including this one), so on success the
 * form signs in again with the new password and goes on to the role's home page.
 */
export function ChangePasswordForm({ email, temporary }: { email: string; temporary: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [signInFailed, setSignInFailed] = useState(false);
  const schema = useMemo(() => changePasswordFormSchema(email), [email]);
  const { register, handleSubmit, setError, formState: { errors, isSubmitting } } = useForm<ChangePasswordInput>({
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });

  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const outcome = await changePassword(values);
    setResult(outcome);
    if (!outcome.ok) return applyFieldErrors(outcome, setError);
    const again = await signIn("credentials", { email, password: values.newPassword, redirect: false });
    if (!again || again.error) {
      setSignInFailed(true);
      return;
    }
    router.replace("/");
    router.refresh();
  });

  const labels = {
    currentPassword: temporary ? t("account.currentTemporary") : t("account.currentPassword"),
    newPassword: t("account.newPassword"),
    confirmPassword: t("account.confirmPassword"),
  };

  return (
    <form onSubmit={onSubmit} noValidate className="card">
      <InteractiveFieldset>
      <div aria-live="assertive">
        <AdminActionError result={result} />
        {signInFailed ? (
          <p className="alert alert-warning" role="alert">
            {t("account.changed")} <a href="/login">{t("account.signInAgain")}</a>
          </p>
        ) : null}
      </div>
      <p className="hint small" id="password-policy">{t("account.policy")}</p>
      {FIELDS.map((name) => (
        <div className="field" key={name}>
          <label htmlFor={name}>{labels[name]}</label>
          <input id={name} type="password" autoComplete={name === "currentPassword" ? "current-password" : "new-password"}
            aria-invalid={!!errors[name]}
            aria-describedby={[name === "newPassword" ? "password-policy" : null, errors[name] ? `${name}-error` : null].filter(Boolean).join(" ") || undefined}
            {...register(name)} />
          <FieldError id={`${name}-error`} message={errors[name]?.message} />
        </div>
      ))}
      <div className="form-actions">
        <SubmitButton className="button" pending={isSubmitting || signInFailed}>
          {isSubmitting ? t("account.submitting") : t("account.submit")}
        </SubmitButton>
      </div>
      <div aria-live="polite">{result?.ok && !signInFailed ? <p role="status" className="small">{t("account.changed")}</p> : null}</div>
      </InteractiveFieldset>
    </form>
  );
}
