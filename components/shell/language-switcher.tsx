"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { LOCALES, type AppLocale } from "@/lib/i18n/config";
import { setLocale } from "@/lib/i18n/actions";

/** A plain form (works before scripts load); with scripts it submits as soon as a language is picked. */
export function LanguageSwitcher({ current }: { current: AppLocale }) {
  const t = useTranslations();
  const form = useRef<HTMLFormElement>(null);
  return (
    <form ref={form} action={setLocale} className="row">
      <label className="visually-hidden" htmlFor="locale-select">
        {t("common.language")}
      </label>
      <select id="locale-select" name="locale" defaultValue={current} onChange={() => form.current?.requestSubmit()} style={{ width: "auto", minHeight: "2.25rem" }}>
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {t(`enums.locale.${locale}`)}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="button button-small">
          {t("common.changeLanguage")}
        </button>
      </noscript>
    </form>
  );
}
