import { getTranslations } from "next-intl/server";
import type { InvoiceDetail } from "@/lib/finance/invoices/get-invoice";
import { dbDateToDay } from "@/lib/finance/statements/period";
import { formatMoney } from "@/lib/money/format-money";
import { lineKindLabel, lineSourceText, uaeDate } from "../statements/line-source";
import { StatusBadge } from "@/components/ui/status-badge";

/** An invoice on screen: status, period, totals and its lines grouped per order. */
export async function InvoiceSummary({ invoice, locale }: { invoice: InvoiceDetail; locale: string }) {
  const [t, ts] = await Promise.all([getTranslations("invoices"), getTranslations("statements")]);
  const money = (fils: bigint) => formatMoney(fils, invoice.currency, locale);
  return (
    <div className="space-y-4" data-testid="invoice-detail" data-number={invoice.number} data-status={invoice.status}>
      <div className="card grid gap-3 text-sm sm:grid-cols-4">
        <div>
          <p className="text-slate-500">{t("columns.number")}</p>
          <p dir="ltr" className="font-semibold" data-testid="invoice-number">
            {invoice.number}
          </p>
        </div>
        <div>
          <p className="text-slate-500">{t("columns.status")}</p>
          <StatusBadge family="invoice" status={invoice.status} data-testid="invoice-status" />
        </div>
        <div>
          <p className="text-slate-500">{t("columns.period")}</p>
          <p dir="ltr">
            {dbDateToDay(invoice.periodStart)} → {dbDateToDay(invoice.periodEnd)}
          </p>
        </div>
        <div>
          <p className="text-slate-500">{t("columns.issued")}</p>
          <p>
            {invoice.issuedAt ? uaeDate(invoice.issuedAt, locale) : "—"}
            {invoice.createdByName ? ` · ${invoice.createdByName}` : ""}
          </p>
        </div>
      </div>
      <dl className="grid gap-3 sm:grid-cols-4">
        {(
          [
            ["cod", invoice.codTotalFils],
            ["fees", -invoice.feesTotalFils],
            ["refunds", -invoice.refundsTotalFils],
            ["payable", invoice.payableFils],
          ] as const
        ).map(([k, v]) => (
          <div key={k} className="card">
            <dt className="text-sm text-slate-500">{t(`totals.${k}`)}</dt>
            <dd
              className={`text-xl font-semibold tabular-nums ${v < 0n && k === "payable" ? "text-red-700" : ""}`}
              data-testid={`invoice-total-${k}`}
            >
              {money(v)}
            </dd>
          </div>
        ))}
      </dl>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="invoice-lines">
          <thead>
            <tr>
              <th>{t("print.order")}</th>
              <th>{t("print.line")}</th>
              <th>{t("print.source")}</th>
              <th className="text-end">{t("print.amount")}</th>
            </tr>
          </thead>
          <tbody>
            {invoice.groups.map((g) =>
              g.lines.map((l, i) => (
                <tr key={l.id} data-testid="invoice-line" data-order={g.orderCode} data-kind={l.kind}>
                  {i === 0 && (
                    <td rowSpan={g.lines.length} className="align-top" dir="ltr">
                      {g.orderCode}
                    </td>
                  )}
                  <td>{lineKindLabel(l.kind, ts)}</td>
                  <td className="text-xs text-slate-600">{lineSourceText(l.source, ts, locale)}</td>
                  <td className={`text-end tabular-nums ${l.amountFils < 0n ? "text-red-700" : ""}`}>
                    {money(l.amountFils)}
                  </td>
                </tr>
              )),
            )}
            {invoice.otherLines.map((l) => (
              <tr key={l.id} data-testid="invoice-line" data-order={l.orderCode ?? ""} data-kind={l.kind}>
                <td dir="ltr">{l.orderCode ?? "—"}</td>
                <td>{lineKindLabel(l.kind, ts)}</td>
                <td className="text-xs text-slate-600">{lineSourceText(l.source, ts, locale)}</td>
                <td className={`text-end tabular-nums ${l.amountFils < 0n ? "text-red-700" : ""}`}>
                  {money(l.amountFils)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
