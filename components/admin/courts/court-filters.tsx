import { getTranslations } from "next-intl/server";
import { COURT_KINDS, COURT_STATUSES, type CourtFilters as Filters } from "@/lib/courts/schema";
import type { Option } from "./court-form";

export async function CourtFilters({ filters, regions }: { filters: Filters; regions: Option[] }) {
  const t = await getTranslations();
  return (
    <form method="get" className="filters card" role="search" aria-label={t("common.filter")}>
      <div className="field">
        <label htmlFor="filter-q">{t("adminCourts.search")}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q} />
      </div>
      <div className="field">
        <label htmlFor="filter-region">{t("adminCourts.region")}</label>
        <select id="filter-region" name="region" defaultValue={filters.region ? String(filters.region) : ""}>
          <option value="">{t("adminCourts.anyRegion")}</option>
          {regions.map((r) => <option key={r.id} value={String(r.id)}>{r.label}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-kind">{t("adminCourts.kind")}</label>
        <select id="filter-kind" name="kind" defaultValue={filters.kind ?? ""}>
          <option value="">{t("adminCourts.anyKind")}</option>
          {COURT_KINDS.map((kind) => <option key={kind} value={kind}>{t(`enums.courtKind.${kind}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status">{t("admin.status")}</label>
        <select id="filter-status" name="status" defaultValue={filters.status}>
          {COURT_STATUSES.map((s) => <option key={s} value={s}>{t(`adminCourts.statusFilter.${s}`)}</option>)}
        </select>
      </div>
      <button type="submit" className="button">{t("common.apply")}</button>
    </form>
  );
}
