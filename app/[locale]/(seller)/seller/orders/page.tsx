import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { DataTable } from "@/components/ui/data-table";
import { FilterBar, FilterDate, FilterSelect, FilterText } from "@/components/ui/filter-bar";
import { ExportOrdersButton } from "@/components/orders/export-orders-button";
import { StatusBadge } from "@/components/ui/status-badge";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { EMIRATES } from "@/lib/geo/emirates";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import { MAX_EXPORT_ROWS, ZListOrdersInput } from "@/lib/orders/list-orders.schema";
import { listOrders } from "@/lib/orders/list-orders";
import { SELLER_STATUSES } from "@/lib/orders/workflow";

export default async function OrdersPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "orders.view_own", "orders.view_all");
  const { page: pageNo, ...filters } = ZListOrdersInput.parse(sp);
  const [page, t, ts, format] = await Promise.all([
    listOrders(actor, { ...filters, page: pageNo }),
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
      <div className="mb-4">
        <FilterBar resetHref="/seller/orders" columns={3} testId="order-filters" applyLabel={t("filters.apply")}>
          <FilterText
            name="q"
            label={t("filters.search")}
            defaultValue={filters.q}
            placeholder={t("filters.searchPlaceholder")}
            testId="order-search"
          />
          <FilterSelect
            name="status"
            label={t("filters.status")}
            defaultValue={filters.status}
            allLabel={t("filters.allStatuses")}
            options={SELLER_STATUSES.map((s) => ({ value: s, label: ts(s) }))}
            testId="order-status-filter"
          />
          <FilterSelect
            name="emirate"
            label={t("filters.emirate")}
            defaultValue={filters.emirate}
            allLabel={t("filters.allEmirates")}
            options={EMIRATES.map((e) => ({ value: e, label: t(`emirates.${e}`) }))}
          />
          <FilterDate name="from" label={t("filters.from")} defaultValue={filters.from} />
          <FilterDate name="to" label={t("filters.to")} defaultValue={filters.to} />
        </FilterBar>
      </div>
      <DataTable
        testId="orders-table"
        rows={page.rows}
        rowKey={(o) => o.id}
        rowProps={() => ({ "data-testid": "order-row" })}
        empty={t("none")}
        page={page}
        basePath="/seller/orders"
        query={filters}
        columns={[
          {
            key: "code",
            header: t("columns.code"),
            cell: (o) => (
              <>
                <Link
                  href={`/seller/orders/${o.id}`}
                  className="font-medium text-brand-700 hover:underline"
                  dir="ltr"
                  data-testid="order-code"
                >
                  {o.code}
                </Link>
                {o.isLikelyDuplicate && (
                  <Badge tone="warning" className="ms-2" data-testid="duplicate-badge">
                    {t("duplicateBadge")}
                  </Badge>
                )}
              </>
            ),
          },
          {
            key: "date",
            header: t("columns.date"),
            className: "tabular-nums",
            cell: (o) => format.dateTime(o.createdAt, { dateStyle: "medium", timeStyle: "short" }),
          },
          { key: "customer", header: t("columns.customer"), cell: (o) => o.customerName },
          {
            key: "emirate",
            header: t("columns.emirate"),
            cell: (o) => (
              <>
                {t(`emirates.${o.emirate}`)}
                <span className="text-slate-500"> · {o.city}</span>
              </>
            ),
          },
          { key: "items", header: t("columns.items"), align: "end", cell: (o) => o.itemCount },
          { key: "total", header: t("columns.total"), align: "end", cell: (o) => formatFils(o.totalFils, locale) },
          {
            key: "status",
            header: t("columns.status"),
            cell: (o) => <StatusBadge family="sellerStatus" status={o.sellerStatus} data-testid="order-status" />,
          },
        ]}
      />
    </div>
  );
}
