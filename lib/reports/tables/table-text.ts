import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { TableText } from "./table-model";

/** The reader's translators for building report tables (pages and exports alike). */
export async function reportTableText(): Promise<TableText> {
  const [t, tEnums, locale] = await Promise.all([getTranslations("reports"), getTranslations("enums"), getLocale()]);
  return {
    t: t as unknown as TableText["t"],
    // A value the URL made up (a drill-down's group=subject:NOPE) is shown as it came, not looked up: a
    // missing message would be logged as an error on every such request.
    enumLabel: (enumName, value) => (tEnums.has(`${enumName}.${value}` as never) ? (tEnums as unknown as (key: string) => string)(`${enumName}.${value}`) : value),
    locale,
  };
}
