import { getTranslations } from "next-intl/server";
import { ReviewQueueFilters } from "@/components/review/review-queue-filters";
import { ReviewQueueList } from "@/components/review/review-queue-list";
import { Pagination } from "@/components/ui/pagination";
import { REVIEWERS } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { reviewQueueFiltersSchema } from "@/lib/review/queue-filters";
import { reviewQueue, reviewQueueFilterOptions } from "@/lib/review/queue-queries";
import { parseSearchParams, toQueryString, type RawSearchParams } from "@/lib/search-params";

export async function generateMetadata() {
  const t = await getTranslations("review");
  return { title: t("title") };
}

/** The analyst's home: submitted reports, the longest waiting first, filterable. */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await requireUser(REVIEWERS);
  const filters = parseSearchParams(reviewQueueFiltersSchema, await searchParams);
  const [t, queue, options] = await Promise.all([getTranslations("review"), reviewQueue(filters), reviewQueueFilterOptions()]);
  const { page: _page, ...rest } = filters;
  const baseQuery = new URLSearchParams(toQueryString({ ...rest, size: undefined }).slice(1));
  const filtered = Boolean(filters.region || filters.court || filters.subject || filters.monitor);
  return (
    <>
      <div className="page-header">
        <h1>{t("title")}</h1>
        <span className="badge badge-info">{t("waiting", { count: queue.total })}</span>
      </div>
      <p className="hint">{t("queue.intro")}</p>
      <ReviewQueueFilters filters={filters} options={options} />
      {queue.items.length ? (
        <ReviewQueueList items={queue.items} now={new Date()} />
      ) : (
        <p className="muted">{filtered ? t("queue.noMatch") : t("empty")}</p>
      )}
      <Pagination page={queue.page} size={queue.size} total={queue.total} path="/review" baseQuery={baseQuery} />
    </>
  );
}
