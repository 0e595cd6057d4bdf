import { pageParamsSchema } from "@/lib/pagination";
import { optionalRecordId, recordId } from "@/lib/validation/record-id";
import { z } from "@/lib/validation/zod";
import { cleanString } from "@/lib/validation/clean-string";
import { PASSWORD_MAX_LENGTH, passwordIssue, passwordIssueMessage } from "./password-policy";

export const ROLES = ["MONITOR", "ANALYST", "MANAGER", "ADMIN"] as const;
export const USER_LOCALES = ["en", "sq", "sr"] as const;


export const emailField = cleanString().trim().toLowerCase().min(1).max(254).pipe(z.email());

const accountFields = {
  name: cleanString().trim().min(1).max(120),
  role: z.enum(ROLES),
  /** The region of a monitor; the other roles see every region and keep none. */
  regionId: optionalRecordId,
  locale: z.enum(USER_LOCALES),
};

function requireMonitorRegion(value: { role: string; regionId: number | null }, ctx: z.RefinementCtx) {
  if (value.role === "MONITOR" && value.regionId === null) ctx.addIssue({ code: "custom", path: ["regionId"], message: "validation.regionRequired" });
}

function dropRegionUnlessMonitor<T extends { role: string; regionId: number | null }>(value: T): T {
  return value.role === "MONITOR" ? value : { ...value, regionId: null };
}

export const createUserSchema = z.strictObject({ email: emailField, ...accountFields }).superRefine(requireMonitorRegion).transform(dropRegionUnlessMonitor);
export type CreateUserInput = z.output<typeof createUserSchema>;

export const updateUserSchema = z.strictObject({ userId: recordId, ...accountFields }).superRefine(requireMonitorRegion).transform(dropRegionUnlessMonitor);
export type UpdateUserInput = z.output<typeof updateUserSchema>;

/** The edit form's own values: the account's fields, without its id (the page knows it). */
export const editUserFormSchema = z.strictObject(accountFields).superRefine(requireMonitorRegion);

export const userIdSchema = z.strictObject({ userId: recordId });

const changePasswordFields = z.strictObject({
  currentPassword: cleanString().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: cleanString().min(1).max(PASSWORD_MAX_LENGTH),
  confirmPassword: cleanString().min(1).max(PASSWORD_MAX_LENGTH),
});

function requireConfirmation(value: z.output<typeof changePasswordFields>, ctx: z.RefinementCtx) {
  if (value.newPassword !== value.confirmPassword) ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "validation.passwordsDiffer" });
}

/** The server's schema: the policy needs the account's e-mail, which the server takes from the session. */
export const changePasswordSchema = changePasswordFields.superRefine(requireConfirmation);
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

/** The form's schema: the same, plus the policy checked in the browser against the user's own e-mail. */
export function changePasswordFormSchema(email: string) {
  return changePasswordSchema.superRefine((value, ctx) => {
    const issue = passwordIssue(value.newPassword, email);
    if (issue) ctx.addIssue({ code: "custom", path: ["newPassword"], message: passwordIssueMessage(issue) });
  });
}

export const USER_STATUSES = ["active", "inactive", "all"] as const;

/** ?q=&role=&region=&status= of the users list; bad values fall back to no filter. */
export const userFiltersSchema = pageParamsSchema.extend({
  q: cleanString().trim().max(100).catch(""),
  role: z.enum(ROLES).optional().catch(undefined),
  region: recordId.optional().catch(undefined),
  status: z.enum(USER_STATUSES).catch("active"),
});
export type UserFilters = z.output<typeof userFiltersSchema>;
