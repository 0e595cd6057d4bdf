import { getTranslations } from "next-intl/server";
import { AuditEntryList } from "@/components/audit/audit-entry-list";
import { AuditFilters } from "@/components/audit/audit-filters";
import { Pagination } from "@/components/ui/pagination";
import { auditFiltersSchema } from "@/lib/audit/viewer-filters";
import { auditFilterOptions, listAuditEntries } from "@/lib/audit/viewer-queries";
import { OVERSEERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { parseSearchParams, toQueryString, type RawSearchParams } from "@/lib/search-params";

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

/** The audit log for managers and admins: read-only, filterable by user, record and period. */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireUser(OVERSEERS);
  const filters = parseSearchParams(auditFiltersSchema, await searchParams);
  const [t, page, options] = await Promise.all([getTranslations("audit"), listAuditEntries(filters, user), auditFilterOptions()]);
  const { page: _page, ...rest } = filters;
  const baseQuery = new URLSearchParams(toQueryString({ ...rest, size: undefined }).slice(1));
  return (
    <>
      <div className="page-header">
        <h1>{t("title")}</h1>
        <span className="badge badge-info">{t("count", { count: page.total })}</span>
      </div>
      <p className="hint">{t("intro")}</p>
      <AuditFilters filters={filters} options={options} />
      {page.items.length ? <AuditEntryList entries={page.items} viewerRole={user.role} /> : <p className="muted">{t("none")}</p>}
      <Pagination page={page.page} size={page.size} total={page.total} path="/audit" baseQuery={baseQuery} />
    </>
  );
}
