import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { getCurrentUser } from "@/lib/auth/session";
import { COURT_TIME_ZONE } from "@/lib/time/zone";
import { INTL_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type AppLocale } from "./config";
import { loadMessages } from "./messages";

/** The signed-in user's saved language wins; then the cookie; then the browser's preference. */
async function resolveLocale(): Promise<AppLocale> {
  const user = await getCurrentUser();
  if (user) return user.locale;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return {
    // The full tag, so that dates and numbers format right (Serbian in Latin script, not Cyrillic).
    locale: INTL_LOCALE[locale],
    messages: await loadMessages(locale),
    timeZone: COURT_TIME_ZONE,
    formats: {
      dateTime: {
        short: { day: "2-digit", month: "2-digit", year: "numeric" },
        long: { day: "numeric", month: "long", year: "numeric" },
        // Courts keep a 24-hour clock in every language (Albanian's default would be 12-hour).
        dateTime: { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
        time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
      },
      number: {
        percent: { style: "percent", maximumFractionDigits: 1 },
      },
    },
  };
});
