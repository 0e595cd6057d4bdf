import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { TableText } from "./table-model";

/** The reader's translators for building report tables (pages and exports alike). */
export async function reportTableText(): Promise<TableText> {
  const [t, tEnums, locale] = await Promise.all([getTranslations("reports"), getTranslations("enums"), getLocale()]);
  return {
    t: t as unknown as TableText["t"],
    enumLabel: (enumName, value) => (tEnums as unknown as (key: string) => string)(`${enumName}.${value}`),
    locale,
  };
}
