import type { CourtKind, Department, Gender } from "@/lib/generated/prisma/enums";

/** A court as pickers and the report form receive it. */
export interface CourtOption {
  id: number;
  nameSq: string;
  nameSr: string;
  kind: CourtKind;
  departments: Department[];
  judges: { id: number; name: string; gender: Gender }[];
}

/** Lower case without diacritics, so that "pec" finds "Peć" and "gjakove" finds "Gjakovë". */
export function foldForSearch(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase();
}

/** Courts whose Albanian or Serbian name contains every word of the query. */
export function filterCourts<T extends { nameSq: string; nameSr: string }>(courts: T[], query: string): T[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return courts;
  return courts.filter((court) => {
    const haystack = foldForSearch(`${court.nameSq} ${court.nameSr}`);
    return words.every((word) => haystack.includes(word));
  });
}
