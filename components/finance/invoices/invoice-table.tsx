import { getTranslations } from "next-intl/server";
import type { InvoiceRow } from "@/lib/finance/invoices/list-invoices";
import { dbDateToDay } from "@/lib/finance/statements/period";
import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money/format-money";
import { uaeDate } from "../statements/line-source";
import { StatusBadge } from "@/components/ui/status-badge";

/** Invoices list (finance desk or a seller's own), each number linking to `hrefBase/<id>`. */
export async function InvoiceTable({
  rows,
  locale,
  hrefBase,
  showSeller = false,
}: {
  rows: InvoiceRow[];
  locale: string;
  hrefBase: string;
  showSeller?: boolean;
}) {
  const t = await getTranslations("invoices");
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="table" data-testid="invoice-table">
        <thead>
          <tr>
            <th>{t("columns.number")}</th>
            {showSeller && <th>{t("columns.seller")}</th>}
            <th>{t("columns.period")}</th>
            <th>{t("columns.status")}</th>
            <th className="text-end">{t("columns.cod")}</th>
            <th className="text-end">{t("columns.fees")}</th>
            <th className="text-end">{t("columns.payable")}</th>
            <th>{t("columns.issued")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid="invoice-row" data-number={r.number}>
              <td>
                <Link
                  href={`${hrefBase}/${r.id}`}
                  className="font-medium text-brand-700 hover:underline"
                  dir="ltr"
                  data-testid="invoice-link"
                >
                  {r.number}
                </Link>
              </td>
              {showSeller && <td>{r.seller.storeName}</td>}
              <td className="whitespace-nowrap" dir="ltr">
                {dbDateToDay(r.periodStart)} → {dbDateToDay(r.periodEnd)}
              </td>
              <td>
                <StatusBadge family="invoice" status={r.status} data-testid="invoice-status" />
              </td>
              <td className="text-end tabular-nums">{formatMoney(r.codTotalFils, r.currency, locale)}</td>
              <td className="text-end tabular-nums">{formatMoney(-r.feesTotalFils, r.currency, locale)}</td>
              <td className={`text-end font-medium tabular-nums ${r.payableFils < 0n ? "text-red-700" : ""}`}>
                {formatMoney(r.payableFils, r.currency, locale)}
              </td>
              <td className="whitespace-nowrap">{r.issuedAt ? uaeDate(r.issuedAt, locale) : "—"}</td>
            </tr>
          ))}
          {!rows.length && (
            <tr>
              <td colSpan={showSeller ? 8 : 7} className="text-center text-slate-500" data-testid="invoices-empty">
                {t("empty")}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
