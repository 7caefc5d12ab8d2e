import { getTranslations } from "next-intl/server";
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

/** Payouts (finance desk, one invoice's, or a seller's own): status, amount, paid date, proof. */
export async function PayoutTable({
  rows,
  locale,
  hrefBase,
  invoiceHrefBase,
}: {
  rows: PayoutListRow[];
  locale: string;
  hrefBase: string;
  invoiceHrefBase?: string;
}) {
  const t = await getTranslations("payouts");
  const showSeller = rows.some((r) => r.seller);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="table" data-testid="payout-table">
        <thead>
          <tr>
            <th>{t("columns.number")}</th>
            {showSeller && <th>{t("columns.seller")}</th>}
            {invoiceHrefBase && <th>{t("columns.invoice")}</th>}
            <th>{t("columns.status")}</th>
            <th className="text-end">{t("columns.amount")}</th>
            <th>{t("columns.requested")}</th>
            <th>{t("columns.paid")}</th>
            <th>{t("columns.proof")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="payout-row" data-number={r.number}>
              <td>
                <Link
                  href={`${hrefBase}/${r.id}`}
                  className="font-medium text-brand-700 hover:underline"
                  dir="ltr"
                  data-testid="payout-link"
                >
                  {r.number}
                </Link>
              </td>
              {showSeller && <td>{r.seller?.storeName ?? "—"}</td>}
              {invoiceHrefBase && (
                <td>
                  {r.invoice ? (
                    <Link href={`${invoiceHrefBase}/${r.invoice.id}`} className="hover:underline" dir="ltr">
                      {r.invoice.number}
                    </Link>
                  ) : (
                    "—"
                  )}
                </td>
              )}
              <td>
                <StatusBadge family="payout" status={r.status} data-testid="payout-status" />
              </td>
              <td className="text-end tabular-nums">{formatMoney(r.amountFils, r.currency, locale)}</td>
              <td className="whitespace-nowrap">{uaeDate(r.createdAt, locale)}</td>
              <td className="whitespace-nowrap" data-testid="payout-paid-at">
                {r.paidAt ? uaeDate(r.paidAt, locale) : "—"}
              </td>
              <td>
                {r.proofFileId ? (
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
                )}
              </td>
            </tr>
          ))}
          {!rows.length && (
            <tr>
              <td colSpan={8} className="text-center text-slate-500" data-testid="payouts-empty">
                {t("empty")}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
