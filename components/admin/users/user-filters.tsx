import { getTranslations } from "next-intl/server";
import { ROLES, USER_STATUSES, type UserFilters as Filters } from "@/lib/users/schema";
import type { RegionOption } from "./user-form";

/** A plain GET form: the filters live in the URL, so a filtered list can be shared and reloaded. */
export async function UserFilters({ filters, regions }: { filters: Filters; regions: RegionOption[] }) {
  const t = await getTranslations();
  return (
    <form method="get" className="filters card" role="search" aria-label={t("common.filter")}>
      <div className="field">
        <label htmlFor="filter-q">{t("admin.users.search")}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q} />
      </div>
      <div className="field">
        <label htmlFor="filter-role">{t("common.role")}</label>
        <select id="filter-role" name="role" defaultValue={filters.role ?? ""}>
          <option value="">{t("admin.users.anyRole")}</option>
          {ROLES.map((role) => <option key={role} value={role}>{t(`enums.role.${role}`)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-region">{t("common.region")}</label>
        <select id="filter-region" name="region" defaultValue={filters.region ? String(filters.region) : ""}>
          <option value="">{t("admin.users.anyRegion")}</option>
          {regions.map((region) => <option key={region.id} value={String(region.id)}>{region.label}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status">{t("admin.status")}</label>
        <select id="filter-status" name="status" defaultValue={filters.status}>
          {USER_STATUSES.map((status) => <option key={status} value={status}>{t(`admin.users.statusFilter.${status}`)}</option>)}
        </select>
      </div>
      <button type="submit" className="button">{t("common.apply")}</button>
    </form>
  );
}
