import Link from "next/link";
import { getTranslations } from "next-intl/server";

/**
 * Previous / next links that keep the page's other query parameters. `baseQuery` is the current query
 * without page.
 */
export async function Pagination({ page, size, total, path, baseQuery }: { page: number; size: number; total: number; path: string; baseQuery: URLSearchParams }) {
  const t = await getTranslations("common");
  const pages = Math.max(1, Math.ceil(total / size));
  const link = (target: number) => {
    const query = new URLSearchParams(baseQuery);
    query.set("page", String(target));
    if (size !== 25) query.set("size", String(size));
    return `${path}?${query.toString()}`;
  };
  const from = total === 0 ? 0 : (page - 1) * size + 1;
  const to = Math.min(total, page * size);
  return (
    <nav className="pagination" aria-label={t("page", { page })}>
      <span className="muted small" aria-live="polite">{t("showing", { from, to, total })}</span>
      <span className="row">
        {page > 1 ? <Link className="button button-secondary button-small" href={link(page - 1)} rel="prev">{t("previous")}</Link> : null}
        {page < pages ? <Link className="button button-secondary button-small" href={link(page + 1)} rel="next">{t("next")}</Link> : null}
      </span>
    </nav>
  );
}
