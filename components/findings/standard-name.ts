import { localized } from "@/lib/checklists/question-view";

/** A standard's name in the page's language ("9. Interpretation and language"). */
export function standardName(standard: { number: number; nameEn: string; nameSq: string; nameSr: string }, locale: string): string {
  return `${standard.number}. ${localized({ en: standard.nameEn, sq: standard.nameSq, sr: standard.nameSr }, locale)}`;
}
