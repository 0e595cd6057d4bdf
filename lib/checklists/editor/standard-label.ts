import type { AppLocale } from "@/lib/i18n/config";

/** "S03 · Trial within a reasonable time", in the reader's language. */
export function standardLabel(standard: { code: string; nameEn: string; nameSq: string; nameSr: string }, locale: AppLocale): string {
  const name = locale === "sq" ? standard.nameSq : locale === "sr" ? standard.nameSr : standard.nameEn;
  return `${standard.code} · ${name}`;
}
