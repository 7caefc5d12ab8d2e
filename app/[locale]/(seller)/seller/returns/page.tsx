import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { DataTable } from "@/components/ui/data-table";
import { FilterBar, FilterSelect } from "@/components/ui/filter-bar";
import { requirePagePermission } from "@/lib/auth/guards";
import { Link } from "@/lib/i18n/navigation";
import { formatFils } from "@/lib/money/parse-aed";
import { SELLER_RETURN_STATUSES, ZSellerReturnFilters } from "@/lib/returns/list-returns.schema";
import { listSellerReturns } from "@/lib/returns/list-seller-returns";

/** The seller's own returns: what came back, how it was found, and the refund recorded. */
export default async function SellerReturnsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "returns.view_own");
  const filters = ZSellerReturnFilters.parse(sp);
  const [page, t, format] = await Promise.all([
    listSellerReturns(actor, filters),
    getTranslations("returns"),
    getFormatter(),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium" });

  return (
    <div className="space-y-6" data-testid="seller-returns">
      <PageHeader title={t("seller.title")} subtitle={t("seller.subtitle")} />
      <FilterBar resetHref="/seller/returns" columns={3} applyLabel={t("filters.apply")}>
        <FilterSelect
          name="status"
          label={t("columns.status")}
          defaultValue={filters.status}
          allLabel={t("seller.allStatuses")}
          options={SELLER_RETURN_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          testId="filter-status"
        />
      </FilterBar>
      <DataTable
        testId="seller-returns-table"
        rows={page.rows}
        rowKey={(r) => r.id}
        rowProps={(r) => ({ "data-testid": "seller-return-row", "data-code": r.code })}
        empty={t("seller.empty")}
        emptyTestId="seller-returns-empty"
        page={page}
        basePath="/seller/returns"
        query={{ status: filters.status }}
        columns={[
          {
            key: "code",
            header: t("columns.code"),
            cell: (r) => (
              <Link
                href={`/seller/returns/${r.id}`}
                className="font-medium text-brand-700 hover:underline"
                dir="ltr"
                data-testid="return-code"
              >
                {r.code}
              </Link>
            ),
          },
          {
            key: "order",
            header: t("columns.order"),
            cell: (r) => (
              <Link href={`/seller/orders/${r.order.id}`} className="hover:underline" dir="ltr">
                {r.order.code}
              </Link>
            ),
          },
          { key: "date", header: t("columns.date"), className: "tabular-nums", cell: (r) => when(r.createdAt) },
          { key: "source", header: t("columns.source"), cell: (r) => t(`source.${r.source}`) },
          {
            key: "status",
            header: t("columns.status"),
            cell: (r) => <StatusBadge family="return" status={r.status} data-testid="return-status" />,
          },
          {
            key: "result",
            header: t("columns.result"),
            cell: (r) => (
              <StatusBadge
                family="inspection"
                status={r.inspectionResult}
                data-testid="inspection-result"
                data-result={r.inspectionResult ?? undefined}
              />
            ),
          },
          {
            key: "refund",
            header: t("columns.refund"),
            className: "tabular-nums",
            cellProps: () => ({ "data-testid": "return-refund" }),
            cell: (r) => (
              <>
                {formatFils(r.refundFils, locale)}{" "}
                <span className="text-xs text-slate-500">· {t(`refundStatus.${r.refundStatus}`)}</span>
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
