import { getLocale, getTranslations } from "next-intl/server";
import { DateRangeFields } from "@/components/ui/filter-fields";
import { bilingualName } from "@/lib/courts/court-name";
import { DIMENSIONS } from "@/lib/reports/dimensions";
import { BREAKDOWNS, CASE_CATEGORIES, CASE_SUBJECTS, type ReportFilter } from "@/lib/reports/filter";
import { standardName } from "@/lib/reports/labels";
import { reportHref, type TableView } from "@/lib/reports/links";
import type { ReportReference } from "@/lib/reports/reference-queries";

/**
 * The report filter as a plain GET form: it works before scripts load, and the resulting address is a
 * link an analyst can keep or share. Lists are checkboxes inside disclosures so that a phone can use them.
 */
export async function ReportFilterForm({ filter, reference, view, thisYear }: {
  filter: ReportFilter;
  reference: ReportReference;
  view: TableView;
  thisYear: number;
}) {
  const [t, tEnums, locale] = await Promise.all([getTranslations("reports"), getTranslations("enums"), getLocale()]);
  const chosen = (count: number) => t("filter.chosen", { count });
  return (
    <form method="get" action="/reports" className="card report-filter" aria-label={t("filter.legend")}>
      <fieldset>
        <legend>{t("filter.period")}</legend>
        <div className="filters">
          <DateRangeFields idPrefix="filter" from={filter.from} to={filter.to} labels={{ from: t("filter.from"), to: t("filter.to") }} required />
          <div className="field">
            <label htmlFor="filter-min-n">{t("filter.minimumN")}</label>
            <input id="filter-min-n" name="minN" type="number" min={0} max={1000} defaultValue={filter.minimumN} aria-describedby="filter-min-n-hint" />
            <span className="hint" id="filter-min-n-hint">{t("filter.minimumNHint")}</span>
          </div>
        </div>
        <p className="row small">
          <a href={reportHref({ ...filter, from: `${thisYear}-01-01`, to: `${thisYear}-12-31` }, view)}>{t("filter.thisYear")}</a>
          <a href={reportHref({ ...filter, from: `${thisYear - 1}-01-01`, to: `${thisYear - 1}-12-31` }, view)}>{t("filter.lastYear")}</a>
        </p>
      </fieldset>

      <details className="filter-group" open={filter.courts.length + filter.regions.length > 0}>
        <summary>{t("filter.courts")} <span className="muted small">({chosen(filter.courts.length + filter.regions.length)})</span></summary>
        <p className="hint small" id="filter-courts-hint">{t("filter.courtsHint")}</p>
        {reference.regions.map((region) => {
          const courts = reference.courts.filter((c) => c.regionId === region.id && (!c.retired || filter.courts.includes(c.code)));
          const regionName = bilingualName(region, locale);
          return (
            <fieldset key={region.code} className="choice-list" aria-describedby="filter-courts-hint">
              <legend>{t("filter.regionCourts", { region: regionName })}</legend>
              <label className="choice">
                <input type="checkbox" name="region" value={region.code} defaultChecked={filter.regions.includes(region.code)} />
                {t("filter.wholeRegion", { region: regionName })}
              </label>
              {courts.map((court) => (
                <label className="choice" key={court.code}>
                  <input type="checkbox" name="court" value={court.code} defaultChecked={filter.courts.includes(court.code)} />
                  {bilingualName(court, locale)}
                </label>
              ))}
            </fieldset>
          );
        })}
      </details>

      <details className="filter-group" open={filter.categories.length + filter.subjects.length > 0}>
        <summary>{t("filter.categories")} · {t("filter.subjects")} <span className="muted small">({chosen(filter.categories.length + filter.subjects.length)})</span></summary>
        <p className="hint small">{t("filter.noneMeansAll")}</p>
        <fieldset className="choice-list">
          <legend>{t("filter.categories")}</legend>
          {CASE_CATEGORIES.map((category) => (
            <label className="choice" key={category}>
              <input type="checkbox" name="category" value={category} defaultChecked={filter.categories.includes(category)} />
              {tEnums(`caseCategory.${category}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-list">
          <legend>{t("filter.subjects")}</legend>
          {CASE_SUBJECTS.map((subject) => (
            <label className="choice" key={subject}>
              <input type="checkbox" name="subject" value={subject} defaultChecked={filter.subjects.includes(subject)} />
              {tEnums(`caseSubject.${subject}`)}
            </label>
          ))}
        </fieldset>
      </details>

      <details className="filter-group" open={filter.standards.length > 0}>
        <summary>{t("filter.standards")} <span className="muted small">({chosen(filter.standards.length)})</span></summary>
        <p className="hint small">{t("filter.noneMeansAll")}</p>
        <fieldset className="choice-list">
          <legend className="visually-hidden">{t("filter.standards")}</legend>
          {reference.standards.map((standard) => (
            <label className="choice" key={standard.code}>
              <input type="checkbox" name="standard" value={standard.code} defaultChecked={filter.standards.includes(standard.code)} />
              {standard.number}. {standardName(standard, locale)}
            </label>
          ))}
        </fieldset>
      </details>

      <div className="filters">
        <div className="field">
          <label htmlFor="filter-by">{t("filter.breakdown")}</label>
          <select id="filter-by" name="by" defaultValue={view.by}>
            {BREAKDOWNS.map((by) => <option key={by} value={by}>{t(`groupBy.${by}`)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-focus">{t("filter.focus")}</label>
          <select id="filter-focus" name="focus" defaultValue={view.focus}>
            {reference.standards.map((s) => <option key={s.code} value={s.code}>{s.number}. {standardName(s, locale)}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-attribute">{t("filter.dimension")}</label>
          <select id="filter-attribute" name="attribute" defaultValue={view.attribute}>
            {DIMENSIONS.map((dimension) => <option key={dimension} value={dimension}>{t(`dimensions.${dimension}`)}</option>)}
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button">{t("filter.apply")}</button>
        <a className="button button-secondary" href="/reports">{t("filter.reset")}</a>
      </div>
    </form>
  );
}
