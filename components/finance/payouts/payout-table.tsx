import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { ListQuery } from "@/components/ui/list-href";
import type { PayoutStatus } from "@/lib/finance/payouts/payout.schema";
import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money/format-money";
import { uaeDate } from "../statements/line-source";
import { StatusBadge } from "@/components/ui/status-badge";

export type PayoutListRow = {
  id: string;
  number: string;
  status: PayoutStatus;
  amountFils: bigint;
  currency: string;
  createdAt: Date;
  paidAt: Date | null;
  proofFileId: string | null;
  invoice: { id: string; number: string } | null;
  seller: { storeName: string } | null;
};

/**
 * Payouts (finance desk, one invoice's, or a seller's own): status, amount, paid date, proof;
 * with `page` and `basePath` it renders its own pager.
 */
export async function PayoutTable({
  rows,
  locale,
  hrefBase,
  invoiceHrefBase,
  page,
  basePath,
  query,
}: {
  rows: PayoutListRow[];
  locale: string;
  hrefBase: string;
  invoiceHrefBase?: string;
  page?: { page: number; pageCount: number; total: number };
  basePath?: string;
  query?: ListQuery;
}) {
  const t = await getTranslations("payouts");
  const showSeller = rows.some((r) => r.seller);
  return (
    <DataTable
      testId="payout-table"
      rows={rows}
      rowKey={(r) => r.id}
      rowProps={(r) => ({ "data-testid": "payout-row", "data-number": r.number })}
      empty={t("empty")}
      emptyTestId="payouts-empty"
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
              data-testid="payout-link"
            >
              {r.number}
            </Link>
          ),
        },
        showSeller && {
          key: "seller",
          header: t("columns.seller"),
          cell: (r: PayoutListRow) => r.seller?.storeName ?? "—",
        },
        !!invoiceHrefBase && {
          key: "invoice",
          header: t("columns.invoice"),
          cell: (r: PayoutListRow) =>
            r.invoice ? (
              <Link href={`${invoiceHrefBase}/${r.invoice.id}`} className="hover:underline" dir="ltr">
                {r.invoice.number}
              </Link>
            ) : (
              "—"
            ),
        },
        {
          key: "status",
          header: t("columns.status"),
          cell: (r) => <StatusBadge family="payout" status={r.status} data-testid="payout-status" />,
        },
        {
          key: "amount",
          header: t("columns.amount"),
          align: "end",
          cell: (r) => formatMoney(r.amountFils, r.currency, locale),
        },
        {
          key: "requested",
          header: t("columns.requested"),
          className: "whitespace-nowrap",
          cell: (r) => uaeDate(r.createdAt, locale),
        },
        {
          key: "paid",
          header: t("columns.paid"),
          className: "whitespace-nowrap",
          cellProps: () => ({ "data-testid": "payout-paid-at" }),
          cell: (r) => (r.paidAt ? uaeDate(r.paidAt, locale) : "—"),
        },
        {
          key: "proof",
          header: t("columns.proof"),
          cell: (r) =>
            r.proofFileId ? (
              <a
                href={`/api/files/${r.proofFileId}`}
                target="_blank"
                rel="noopener"
                className="text-brand-700 hover:underline"
                data-testid="payout-proof-link"
              >
                {t("viewProof")}
              </a>
            ) : (
              "—"
            ),
        },
      ]}
    />
  );
}
