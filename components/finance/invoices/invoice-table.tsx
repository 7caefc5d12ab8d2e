import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { ListQuery } from "@/components/ui/list-href";
import { StatusBadge } from "@/components/ui/status-badge";
import type { InvoiceRow } from "@/lib/finance/invoices/list-invoices";
import { dbDateToDay } from "@/lib/finance/statements/period";
import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money/format-money";
import { uaeDate } from "../statements/line-source";

/**
 * Invoices list (finance desk or a seller's own), each number linking to `hrefBase/<id>`;
 * with `page` and `basePath` it renders its own pager.
 */
export async function InvoiceTable({
  rows,
  locale,
  hrefBase,
  showSeller = false,
  page,
  basePath,
  query,
}: {
  rows: InvoiceRow[];
  locale: string;
  hrefBase: string;
  showSeller?: boolean;
  page?: { page: number; pageCount: number; total: number };
  basePath?: string;
  query?: ListQuery;
}) {
  const t = await getTranslations("invoices");
  return (
    <DataTable
      testId="invoice-table"
      rows={rows}
      rowKey={(r) => r.id}
      rowProps={(r) => ({ "data-testid": "invoice-row", "data-number": r.number })}
      empty={t("empty")}
      emptyTestId="invoices-empty"
      page={page}
      basePath={basePath}
      query={query}
      columns={[
        {
          key: "number",
          header: t("columns.number"),
          cell: (r) => (
            <Link
              href={`${hrefBase}/${r.id}`}
              className="font-medium text-brand-700 hover:underline"
              dir="ltr"
              data-testid="invoice-link"
            >
              {r.number}
            </Link>
          ),
        },
        showSeller && { key: "seller", header: t("columns.seller"), cell: (r: InvoiceRow) => r.seller.storeName },
        {
          key: "period",
          header: t("columns.period"),
          ltr: true,
          className: "whitespace-nowrap",
          cell: (r) => `${dbDateToDay(r.periodStart)} → ${dbDateToDay(r.periodEnd)}`,
        },
        {
          key: "status",
          header: t("columns.status"),
          cell: (r) => <StatusBadge family="invoice" status={r.status} data-testid="invoice-status" />,
        },
        {
          key: "cod",
          header: t("columns.cod"),
          align: "end",
          cell: (r) => formatMoney(r.codTotalFils, r.currency, locale),
        },
        {
          key: "fees",
          header: t("columns.fees"),
          align: "end",
          cell: (r) => formatMoney(-r.feesTotalFils, r.currency, locale),
        },
        {
          key: "payable",
          header: t("columns.payable"),
          align: "end",
          cellProps: (r) => ({ className: `font-medium ${r.payableFils < 0n ? "text-red-700" : ""}` }),
          cell: (r) => formatMoney(r.payableFils, r.currency, locale),
        },
        {
          key: "issued",
          header: t("columns.issued"),
          className: "whitespace-nowrap",
          cell: (r) => (r.issuedAt ? uaeDate(r.issuedAt, locale) : "—"),
        },
      ]}
    />
  );
}
