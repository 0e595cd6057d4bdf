"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { signInSchema, type SignInInput } from "@/lib/auth/schema";
import { forgetKeptPages } from "@/lib/offline/forget-pages";
import { translateMessage } from "@/lib/validation/translate-message";

type FailureCode = "INVALID_CREDENTIALS" | "ACCOUNT_INACTIVE" | "THROTTLED" | "UNKNOWN";

function parseFailure(error: string): { code: FailureCode; minutes: number } {
  const [code, minutes] = error.split(":");
  if (code === "INVALID_CREDENTIALS" || code === "ACCOUNT_INACTIVE" || code === "THROTTLED") return { code, minutes: Number(minutes) || 15 };
  return { code: "UNKNOWN", minutes: 0 };
}

export function SignInForm({ callbackUrl }: { callbackUrl: string | null }) {
  const t = useTranslations();
  const router = useRouter();
  const [failure, setFailure] = useState<{ code: FailureCode; minutes: number } | null>(null);
  const { register, handleSubmit, formState: { errors, isSubmitting } } = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });

  // Whoever sees this page has no session: pages kept for an earlier one (an expired or ended one included) go now,
  // and again just before signing in, so that no one is ever shown another user's kept pages.
  useEffect(() => void forgetKeptPages(), []);

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    await forgetKeptPages();
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFailure(parseFailure(result?.error ?? "UNKNOWN"));
      return;
    }
    // The home page sends each role to its own start page.
    router.replace(callbackUrl ?? "/");
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <div aria-live="assertive">
        {failure ? (
          <p className="alert alert-danger" role="alert">
            {t(`auth.errors.${failure.code}`, { minutes: failure.minutes })}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="email">{t("auth.email")}</label>
        <input id="email" type="email" autoComplete="username" inputMode="email" aria-invalid={!!errors.email}
          aria-describedby={errors.email ? "email-error" : undefined} {...register("email")} />
        {errors.email ? <span id="email-error" className="error">{translateMessage(t, errors.email.message)}</span> : null}
      </div>
      <div className="field">
        <label htmlFor="password">{t("auth.password")}</label>
        <input id="password" type="password" autoComplete="current-password" aria-invalid={!!errors.password}
          aria-describedby={errors.password ? "password-error" : undefined} {...register("password")} />
        {errors.password ? <span id="password-error" className="error">{translateMessage(t, errors.password.message)}</span> : null}
      </div>
      <button type="submit" className="button" disabled={isSubmitting} style={{ width: "100%" }}>
        {isSubmitting ? t("auth.signingIn") : t("auth.signIn")}
      </button>
    </form>
  );
}
