import { bilingualName } from "@/lib/courts/court-name";
import type { GroupValue } from "./groups";
import type { ReportReference, StandardRef } from "./reference-queries";

/**
 * Words for what the queries return as codes: standards, groups (courts and regions with both their
 * names, enums through the caller's translator, months in the reader's language). Shared by the pages,
 * the print layout and the table exports so that a downloaded table reads like the screen.
 */
export function standardName(standard: Pick<StandardRef, "nameEn" | "nameSq" | "nameSr">, locale: string): string {
  if (locale.startsWith("sq")) return standard.nameSq;
  if (locale.startsWith("sr")) return standard.nameSr;
  return standard.nameEn;
}

export function standardLabel(standard: StandardRef, locale: string): string {
  return `${standard.number}. ${standardName(standard, locale)}`;
}

export function questionText(question: { textEn: string; textSq: string; textSr: string }, locale: string): string {
  if (locale.startsWith("sq")) return question.textSq;
  if (locale.startsWith("sr")) return question.textSr;
  return question.textEn;
}

/** Translates an enum value: ("caseSubject", "PROPERTY") → "Property". */
export type EnumLabel = (enumName: "caseSubject" | "caseCategory" | "adjournmentReason", value: string) => string;

export function monthLabel(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}

export function groupLabel(group: GroupValue, reference: ReportReference, locale: string, enumLabel: EnumLabel): string {
  switch (group.by) {
    case "standard": return "";
    case "court": {
      const court = reference.courts.find((c) => c.code === group.key);
      return court ? bilingualName(court, locale) : group.key;
    }
    case "region": {
      const region = reference.regions.find((r) => r.code === group.key);
      return region ? bilingualName(region, locale) : group.key;
    }
    case "subject": return enumLabel("caseSubject", group.key);
    case "category": return enumLabel("caseCategory", group.key);
    case "month": return monthLabel(group.key, locale);
  }
}
