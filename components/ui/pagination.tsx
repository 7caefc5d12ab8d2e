import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listHref, type ListQuery } from "./list-href";

/** Server-rendered pager: keeps the current filters (and sort) in the query string. */
export async function Pagination({
  page,
  pageCount,
  total,
  basePath,
  query,
}: {
  page: number;
  pageCount: number;
  total: number;
  basePath: string;
  query: ListQuery;
}) {
  const [t, tList] = await Promise.all([getTranslations("common"), getTranslations("list")]);
  const href = (p: number) => listHref(basePath, { ...query, page: p });
  return (
    <nav
      className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600"
      aria-label={tList("pagination")}
      data-testid="pagination"
    >
      <span>{t("pageOf", { page, pageCount, total })}</span>
      <div className="flex gap-2">
        {page > 1 && (
          <Link className="btn-secondary" href={href(page - 1)} rel="prev">
            {t("previous")}
          </Link>
        )}
        {page < pageCount && (
          <Link className="btn-secondary" href={href(page + 1)} rel="next">
            {t("next")}
          </Link>
        )}
      </div>
    </nav>
  );
}
