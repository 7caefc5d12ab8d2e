import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import { SELLER_RETURN_STATUSES } from "@/lib/returns/list-returns.schema";
import { listSellerReturns } from "@/lib/returns/list-seller-returns";

/** The seller's own returns: what came back, how it was found, and the refund recorded. */
export default async function SellerReturnsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ status?: string; page?: string }>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "returns.view_own");
  const status = SELLER_RETURN_STATUSES.includes(sp.status as never) ? sp.status : undefined;
  const [page, t, format] = await Promise.all([
    listSellerReturns(actor, { status: status as never, page: sp.page as never }),
    getTranslations("returns"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  return (
    <div className="space-y-6" data-testid="seller-returns">
      <PageHeader title={t("seller.title")} subtitle={t("seller.subtitle")} />
      <form className="card flex flex-wrap items-end gap-3" method="get" role="search">
        <select
          name="status"
          defaultValue={status ?? ""}
          aria-label={t("columns.status")}
          className="input max-w-xs"
          data-testid="filter-status"
        >
          <option value="">{t("seller.allStatuses")}</option>
          {SELLER_RETURN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <button type="submit" className="btn-secondary">
          {t("filters.apply")}
        </button>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="seller-returns-table">
          <thead>
            <tr>
              <th>{t("columns.code")}</th>
              <th>{t("columns.order")}</th>
              <th>{t("columns.date")}</th>
              <th>{t("columns.source")}</th>
              <th>{t("columns.status")}</th>
              <th>{t("columns.result")}</th>
              <th>{t("columns.refund")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={r.id} data-testid="seller-return-row" data-code={r.code}>
                <td>
                  <Link
                    href={`/seller/returns/${r.id}`}
                    className="font-medium text-brand-700 hover:underline"
                    dir="ltr"
                    data-testid="return-code"
                  >
                    {r.code}
                  </Link>
                </td>
                <td>
                  <Link href={`/seller/orders/${r.order.id}`} className="hover:underline" dir="ltr">
                    {r.order.code}
                  </Link>
                </td>
                <td className="tabular-nums">{when(r.createdAt)}</td>
                <td>{t(`source.${r.source}`)}</td>
                <td>
                  <StatusBadge family="return" status={r.status} data-testid="return-status" />
                </td>
                <td>
                  <StatusBadge
                    family="inspection"
                    status={r.inspectionResult}
                    data-testid="inspection-result"
                    data-result={r.inspectionResult ?? undefined}
                  />
                </td>
                <td className="tabular-nums" data-testid="return-refund">
                  {formatFils(r.refundFils, locale)}{" "}
                  <span className="text-xs text-slate-500">· {t(`refundStatus.${r.refundStatus}`)}</span>
                </td>
              </tr>
            ))}
            {!page.rows.length && (
              <tr>
                <td colSpan={7} className="text-center text-slate-500" data-testid="seller-returns-empty">
                  {t("seller.empty")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        total={page.total}
        basePath="/seller/returns"
        query={{ status }}
      />
    </div>
  );
}
