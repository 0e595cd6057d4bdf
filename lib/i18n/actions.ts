"use server";

import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { changeOwnLocale } from "@/lib/users/commands/change-own-locale";
import { isLocale, LOCALE_COOKIE } from "./config";

/**
 * Switches the interface language: in a cookie (which also serves the sign-in page, before anyone is
 * signed in, so this is not a defineAction) and, when signed in, on the user's account so that it follows
 * them to any device.
 */
export async function setLocale(formData: FormData): Promise<void> {
  // Anyone can post anything to an action: only the switcher's form data is read.
  const locale = formData instanceof FormData ? formData.get("locale") : null;
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user) await changeOwnLocale(user, locale);
}
