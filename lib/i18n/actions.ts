"use server";

import { cookies } from "next/headers";
import { prisma } from "@/lib/db";
import { getCurrentUser } from "@/lib/auth/session";
import { isLocale, LOCALE_COOKIE } from "./config";

/**
 * Switches the interface language: remembered on the user's account when signed in (so it follows them
 * to any device), and in a cookie for the sign-in page.
 */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
  const user = await getCurrentUser();
  if (user && user.locale !== locale) await prisma.user.update({ where: { id: user.id }, data: { locale } });
}
