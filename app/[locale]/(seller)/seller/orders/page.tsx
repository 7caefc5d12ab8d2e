import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { ExportOrdersButton } from "@/components/orders/export-orders-button";
import { StatusBadge } from "@/components/ui/status-badge";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { EMIRATES } from "@/lib/geo/emirates";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import { MAX_EXPORT_ROWS } from "@/lib/orders/list-orders.schema";
import { listOrders } from "@/lib/orders/list-orders";
import { SELLER_STATUSES } from "@/lib/orders/workflow";

type Search = { status?: string; from?: string; to?: string; emirate?: string; q?: string; page?: string };

export default async function OrdersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "orders.view_own", "orders.view_all");
  const filters = { status: sp.status, from: sp.from, to: sp.to, emirate: sp.emirate, q: sp.q };
  const [page, t, ts, format] = await Promise.all([
    listOrders(actor, { ...filters, page: sp.page } as never),
    getTranslations("orders"),
    getTranslations("sellerStatus"),
    getFormatter(),
  ]);
  return (
    <div>
      <PageHeader
        title={t("title")}
        subtitle={can(actor, "orders.view_all") ? t("staffSubtitle") : t("subtitle")}
        actions={
          <div className="flex flex-wrap items-start gap-2">
            {can(actor, "orders.export") && page.total <= MAX_EXPORT_ROWS && <ExportOrdersButton query={filters} />}
            {can(actor, "orders.import") && actor.sellerId && (
              <Link href="/seller/orders/import" className="btn-secondary">
                {t("import")}
              </Link>
            )}
            {can(actor, "orders.create") && actor.sellerId && (
              <Link href="/seller/orders/new" className="btn-primary" data-testid="new-order">
                {t("new")}
              </Link>
            )}
          </div>
        }
      />
      {can(actor, "orders.export") && page.total > MAX_EXPORT_ROWS && (
        <p className="mb-4 text-sm text-amber-800" data-testid="export-too-large">
          {t("exportTooLarge", { total: page.total, max: MAX_EXPORT_ROWS })}
        </p>
      )}
      <form className="card mb-4 grid gap-3 md:grid-cols-6" method="get" role="search" data-testid="order-filters">
        <input
          name="q"
          defaultValue={sp.q ?? ""}
          placeholder={t("filters.searchPlaceholder")}
          aria-label={t("filters.search")}
          className="input md:col-span-2"
          data-testid="order-search"
        />
        <select
          name="status"
          defaultValue={sp.status ?? ""}
          aria-label={t("filters.status")}
          className="input"
          data-testid="order-status-filter"
        >
          <option value="">{t("filters.allStatuses")}</option>
          {SELLER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ts(s)}
            </option>
          ))}
        </select>
        <select name="emirate" defaultValue={sp.emirate ?? ""} aria-label={t("filters.emirate")} className="input">
          <option value="">{t("filters.allEmirates")}</option>
          {EMIRATES.map((e) => (
            <option key={e} value={e}>
              {t(`emirates.${e}`)}
            </option>
          ))}
        </select>
        <label className="text-sm">
          <span className="label">{t("filters.from")}</span>
          <input type="date" name="from" defaultValue={sp.from ?? ""} className="input" dir="ltr" />
        </label>
        <label className="text-sm">
          <span className="label">{t("filters.to")}</span>
          <input type="date" name="to" defaultValue={sp.to ?? ""} className="input" dir="ltr" />
        </label>
        <div className="flex gap-2 md:col-span-6">
          <button type="submit" className="btn-secondary">
            {t("filters.apply")}
          </button>
          <Link href="/seller/orders" className="btn-secondary">
            {t("filters.reset")}
          </Link>
        </div>
      </form>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="orders-table">
          <thead>
            <tr>
              <th>{t("columns.code")}</th>
              <th>{t("columns.date")}</th>
              <th>{t("columns.customer")}</th>
              <th>{t("columns.emirate")}</th>
              <th>{t("columns.items")}</th>
              <th>{t("columns.total")}</th>
              <th>{t("columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((o) => (
              <tr key={o.id} data-testid="order-row">
                <td>
                  <Link
                    href={`/seller/orders/${o.id}`}
                    className="font-medium text-brand-700 hover:underline"
                    dir="ltr"
                    data-testid="order-code"
                  >
                    {o.code}
                  </Link>
                  {o.isLikelyDuplicate && (
                    <span
                      className="ms-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-800"
                      data-testid="duplicate-badge"
                    >
                      {t("duplicateBadge")}
                    </span>
                  )}
                </td>
                <td className="tabular-nums">
                  {format.dateTime(o.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </td>
                <td>{o.customerName}</td>
                <td>
                  {t(`emirates.${o.emirate}`)}
                  <span className="text-slate-500"> · {o.city}</span>
                </td>
                <td className="tabular-nums">{o.itemCount}</td>
                <td className="tabular-nums">{formatFils(o.totalFils, locale)}</td>
                <td>
                  <StatusBadge family="sellerStatus" status={o.sellerStatus} data-testid="order-status" />
                </td>
              </tr>
            ))}
            {!page.rows.length && (
              <tr>
                <td colSpan={7} className="text-center text-slate-500">
                  {t("none")}
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
        basePath="/seller/orders"
        query={filters}
      />
    </div>
  );
}
