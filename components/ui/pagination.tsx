import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Server-rendered pager: keeps the current filters in the query string. */
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
  query: Record<string, string | undefined>;
}) {
  const t = await getTranslations("common");
  const href = (p: number) => {
    const qs = new URLSearchParams(
      Object.entries({ ...query, page: String(p) }).filter((e): e is [string, string] => !!e[1]),
    );
    return `${basePath}?${qs.toString()}`;
  };
  return (
    <div className="mt-4 flex items-center justify-between text-sm text-slate-600" data-testid="pagination">
      <span>{t("pageOf", { page, pageCount, total })}</span>
      <div className="flex gap-2">
        {page > 1 && (
          <Link className="btn-secondary" href={href(page - 1)}>
            {t("previous")}
          </Link>
        )}
        {page < pageCount && (
          <Link className="btn-secondary" href={href(page + 1)}>
            {t("next")}
          </Link>
        )}
      </div>
    </div>
  );
}
