import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { bilingualName } from "@/lib/courts/court-name";
import type { ReportFilter } from "@/lib/reports/filter";
import { standardLabel } from "@/lib/reports/labels";
import type { ReportReference } from "@/lib/reports/reference-queries";

/** The filter in words, for the print layout: what a published table was counted over. */
export async function FilterSummary({ filter, reference }: { filter: ReportFilter; reference: ReportReference }) {
  const [t, tEnums, format, locale] = await Promise.all([getTranslations("reports"), getTranslations("enums"), getFormatter(), getLocale()]);
  const day = (value: string) => format.dateTime(new Date(`${value}T12:00:00Z`), "long");
  const courts = [
    ...filter.regions.map((code) => reference.regions.find((r) => r.code === code)).filter((r) => r !== undefined).map((r) => t("filter.wholeRegion", { region: bilingualName(r, locale) })),
    ...filter.courts.map((code) => reference.courts.find((c) => c.code === code)).filter((c) => c !== undefined).map((c) => bilingualName(c, locale)),
  ];
  const standards = filter.standards.map((code) => reference.standards.find((s) => s.code === code)).filter((s) => s !== undefined).map((s) => standardLabel(s, locale));
  return (
    <dl className="filter-summary">
      <dt>{t("filter.period")}</dt>
      <dd>{t("periodSummary", { from: day(filter.from), to: day(filter.to) })} · {t("approvedOnly")}</dd>
      <dt>{t("filter.courts")}</dt>
      <dd>{courts.length ? courts.join("; ") : t("print.allCourts")}</dd>
      <dt>{t("filter.categories")}</dt>
      <dd>{filter.categories.length ? filter.categories.map((c) => tEnums(`caseCategory.${c}`)).join(", ") : t("print.allCategories")}</dd>
      <dt>{t("filter.subjects")}</dt>
      <dd>{filter.subjects.length ? filter.subjects.map((s) => tEnums(`caseSubject.${s}`)).join(", ") : t("print.allSubjects")}</dd>
      <dt>{t("filter.standards")}</dt>
      <dd>{standards.length ? standards.join("; ") : t("print.allStandards")}</dd>
      <dt>{t("filter.minimumN")}</dt>
      <dd>{filter.minimumN}</dd>
    </dl>
  );
}
