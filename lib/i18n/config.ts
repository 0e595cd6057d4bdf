export const LOCALES = ["en", "sq", "sr"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "en";
export const LOCALE_COOKIE = "locale";

/** BCP 47 tags for dates and numbers: Serbian in Latin script, as the mission writes it. */
export const INTL_LOCALE: Record<AppLocale, string> = { en: "en-GB", sq: "sq-AL", sr: "sr-Latn-RS" };

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The best of our languages for an Accept-Language header. */
export function localeFromAcceptLanguage(header: string | null | undefined): AppLocale {
  for (const part of (header ?? "").split(",")) {
    const tag = part.split(";")[0]!.trim().toLowerCase();
    const base = tag.split("-")[0];
    if (isLocale(base)) return base;
    if (base === "sh" || base === "hr" || base === "bs") return "sr";
  }
  return DEFAULT_LOCALE;
}

/** Our locale for a tag from INTL_LOCALE (what next-intl's useLocale() returns). */
export function appLocaleOf(tag: string): AppLocale {
  const base = tag.split("-")[0];
  return isLocale(base) ? base : DEFAULT_LOCALE;
}
