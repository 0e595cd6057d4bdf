import { useTranslations } from "next-intl";
import type { AuditFilters as Filters } from "@/lib/audit/viewer-filters";
import { auditEntityLabel } from "./audit-labels";
import { DateRangeFields, FilterActions } from "@/components/ui/filter-fields";

interface Options {
  users: { id: number; name: string; email: string }[];
  entityTypes: string[];
}

/** The audit log's filters as a plain GET form: who, which kind of record (and which one), when. */
export function AuditFilters({ filters, options }: { filters: Filters; options: Options }) {
  const t = useTranslations();
  const ta = useTranslations("audit");
  const entity = (type: string) => auditEntityLabel(ta as unknown as (key: string) => string, type);
  return (
    <form className="filters card" method="get" action="/audit" role="search" aria-label={ta("filtersLabel")}>
      <div className="field">
        <label htmlFor="audit-user">{ta("user")}</label>
        <select id="audit-user" name="user" defaultValue={filters.user ?? ""}>
          <option value="">{ta("anyone")}</option>
          {options.users.map((u) => <option key={u.id} value={u.id}>{u.name} ({u.email})</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-entity">{ta("entity")}</label>
        <select id="audit-entity" name="entity" defaultValue={filters.entity ?? ""}>
          <option value="">{ta("anyEntity")}</option>
          {options.entityTypes.map((type) => <option key={type} value={type}>{entity(type)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-entityId">{ta("entityId")}</label>
        <input id="audit-entityId" name="entityId" type="text" inputMode="numeric" maxLength={40} defaultValue={filters.entityId ?? ""} />
      </div>
      <DateRangeFields idPrefix="audit" from={filters.from} to={filters.to} labels={{ from: ta("from"), to: ta("to") }} />
      <FilterActions resetHref="/audit" labels={{ apply: t("common.apply"), reset: t("common.reset") }} />
    </form>
  );
}
