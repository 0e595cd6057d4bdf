"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { FieldError } from "@/components/ui/action-error";
import type { ActionResult } from "@/lib/actions/action-result";
import { createUser, updateUser } from "@/lib/users/actions";
import { createUserSchema, editUserFormSchema, ROLES, USER_LOCALES } from "@/lib/users/schema";
import { AdminActionError } from "../admin-action-error";
import { applyFieldErrors } from "../apply-field-errors";
import { OneTimeSecret } from "../one-time-secret";
import { SubmitButton } from "../submit-button";
import { InteractiveFieldset } from "../interactive-fieldset";

export interface RegionOption {
  id: number;
  label: string;
}

/** In edit mode the e-mail is not a field: it is the account's sign-in name and does not change. */
type FormValues = Omit<z.input<typeof createUserSchema>, "email"> & { email?: string };

interface UserFormProps {
  regions: RegionOption[];
  /** Editing an account; without it the form creates one. */
  account?: { id: number; email: string; name: string; role: (typeof ROLES)[number]; regionId: number | null; locale: (typeof USER_LOCALES)[number] };
}

/** Creates an account (and shows its temporary password once) or edits one's name, role, region and language. */
export function UserForm({ regions, account }: UserFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [created, setCreated] = useState<{ id: number; email: string; temporaryPassword: string } | null>(null);
  const { register, handleSubmit, control, reset, setError, formState: { errors, isSubmitting } } = useForm<FormValues>({
    resolver: zodResolver(account ? editUserFormSchema : createUserSchema) as unknown as Resolver<FormValues>,
    defaultValues: account
      ? { name: account.name, role: account.role, regionId: account.regionId === null ? "" : String(account.regionId), locale: account.locale }
      : { email: "", name: "", role: "MONITOR", regionId: "", locale: "sq" },
  });
  const isMonitor = useWatch({ control, name: "role" }) === "MONITOR";

  const onSubmit = handleSubmit(async (values) => {
    setResult(null);
    const { email, ...rest } = values;
    const outcome = account ? await updateUser({ ...rest, userId: account.id }) : await createUser({ ...rest, email: email ?? "" });
    setResult(outcome);
    if (!outcome.ok) return applyFieldErrors(outcome, setError);
    if (account) router.refresh();
    else setCreated(outcome.data as { id: number; email: string; temporaryPassword: string });
  });

  if (created) {
    return (
      <div className="card" aria-live="polite">
        <p className="alert alert-success" role="status">{t("admin.users.created", { email: created.email })}</p>
        <OneTimeSecret label={t("admin.users.temporaryPassword")} value={created.temporaryPassword} />
        <div className="form-actions">
          <Link className="button" href={`/admin/users/${created.id}`}>{t("admin.users.openAccount")}</Link>
          <button type="button" className="button button-secondary" onClick={() => { setCreated(null); setResult(null); reset(); }}>
            {t("admin.users.createAnother")}
          </button>
        </div>
      </div>
    );
  }

  const fieldProps = (name: keyof FormValues) => ({
    id: `user-${name}`,
    "aria-invalid": !!errors[name],
    "aria-describedby": errors[name] ? `user-${name}-error` : undefined,
  });

  return (
    <form onSubmit={onSubmit} noValidate className="card">
      <InteractiveFieldset>
      <div aria-live="assertive">
        <AdminActionError result={result} />
      </div>
      {account ? null : (
        <div className="field">
          <label htmlFor="user-email">{t("admin.email")}</label>
          <input type="email" autoComplete="off" {...fieldProps("email")} {...register("email")} />
          <FieldError id="user-email-error" message={errors.email?.message} />
        </div>
      )}
      <div className="field">
        <label htmlFor="user-name">{t("admin.name")}</label>
        <input type="text" autoComplete="off" {...fieldProps("name")} {...register("name")} />
        <FieldError id="user-name-error" message={errors.name?.message} />
      </div>
      <div className="field">
        <label htmlFor="user-role">{t("common.role")}</label>
        <select {...fieldProps("role")} {...register("role")}>
          {ROLES.map((role) => <option key={role} value={role}>{t(`enums.role.${role}`)}</option>)}
        </select>
        <FieldError id="user-role-error" message={errors.role?.message} />
      </div>
      {isMonitor ? (
        <div className="field">
          <label htmlFor="user-regionId">{t("common.region")}</label>
          <select {...fieldProps("regionId")} {...register("regionId")}>
            <option value="">{t("admin.users.noRegion")}</option>
            {regions.map((region) => <option key={region.id} value={String(region.id)}>{region.label}</option>)}
          </select>
          <span className="hint">{t("admin.users.regionHint")}</span>
          <FieldError id="user-regionId-error" message={errors.regionId?.message} />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="user-locale">{t("admin.language")}</label>
        <select {...fieldProps("locale")} {...register("locale")}>
          {USER_LOCALES.map((locale) => <option key={locale} value={locale} lang={locale}>{t(`enums.locale.${locale}`)}</option>)}
        </select>
      </div>
      {account ? <p className="hint small">{t("admin.users.editHint")}</p> : null}
      <div className="form-actions">
        <SubmitButton className="button" pending={isSubmitting}>
          {isSubmitting ? t("admin.saving") : account ? t("admin.users.saveChanges") : t("admin.users.create")}
        </SubmitButton>
      </div>
      <div aria-live="polite" className="small">
        {account && result?.ok ? <span role="status">{(result.data as { changed: boolean }).changed ? t("admin.saved") : t("admin.nothingChanged")}</span> : null}
      </div>
      </InteractiveFieldset>
    </form>
  );
}
