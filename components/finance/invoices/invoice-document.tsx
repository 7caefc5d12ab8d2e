import { getTranslations } from "next-intl/server";
import type { InvoiceDetail } from "@/lib/finance/invoices/get-invoice";
import { formatMoney } from "@/lib/money/format-money";
import { lineKindLabel, lineSourceText, uaeDate } from "../statements/line-source";

/** One language's block of the printable invoice (the whole document, in that language). */
async function InvoiceBlock({ invoice, locale }: { invoice: InvoiceDetail; locale: "en" | "ar" }) {
  const [t, ts] = await Promise.all([
    getTranslations({ locale, namespace: "invoices" }),
    getTranslations({ locale, namespace: "statements" }),
  ]);
  const money = (fils: bigint) => formatMoney(fils, invoice.currency, locale);
  const totals: Array<[string, bigint]> = [
    ["cod", invoice.codTotalFils],
    ["fees", -invoice.feesTotalFils],
    ["refunds", -invoice.refundsTotalFils],
    ...(invoice.adjustmentsFils !== 0n ? [["adjustments", invoice.adjustmentsFils] as [string, bigint]] : []),
  ];
  return (
    <section
      lang={locale}
      dir={locale === "ar" ? "rtl" : "ltr"}
      className="print-page card space-y-4"
      data-testid={`invoice-block-${locale}`}
    >
      <header className="flex flex-wrap items-start justify-between gap-4 border-b border-slate-200 pb-3">
        <div>
          <p className="text-lg font-bold">{t("print.company")}</p>
          <h2 className="text-xl font-semibold">{t("print.title")}</h2>
          {invoice.status === "void" && (
            <p className="font-semibold text-red-700" data-testid={`invoice-void-${locale}`}>
              {t("print.voidStamp")}
            </p>
          )}
        </div>
        <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-500">{t("print.number")}</dt>
          <dd dir="ltr" className="font-semibold" data-testid={`invoice-number-${locale}`}>
            {invoice.number}
          </dd>
          <dt className="text-slate-500">{t("print.issued")}</dt>
          <dd>{invoice.issuedAt ? uaeDate(invoice.issuedAt, locale) : "—"}</dd>
          <dt className="text-slate-500">{t("print.period")}</dt>
          <dd>
            {uaeDate(invoice.periodStart, locale)} – {uaeDate(invoice.periodEnd, locale)}
          </dd>
          <dt className="text-slate-500">{t("print.status")}</dt>
          <dd>{t(`status.${invoice.status}`)}</dd>
        </dl>
      </header>
      <div className="text-sm">
        <p className="text-slate-500">{t("print.billedTo")}</p>
        <p className="font-semibold" data-testid={`invoice-seller-${locale}`}>
          {invoice.seller.storeName}
        </p>
        <p>
          {invoice.seller.companyName} · <span dir="ltr">{invoice.seller.code}</span>
        </p>
      </div>
      <table className="table text-sm">
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
              <tr key={l.id}>
                {i === 0 && (
                  <td rowSpan={g.lines.length} className="align-top" dir="ltr">
                    {g.orderCode}
                  </td>
                )}
                <td>{lineKindLabel(l.kind, ts)}</td>
                <td className="text-xs">{lineSourceText(l.source, ts, locale)}</td>
                <td className="text-end tabular-nums">{money(l.amountFils)}</td>
              </tr>
            )),
          )}
          {invoice.otherLines.map((l) => (
            <tr key={l.id}>
              <td dir="ltr">{l.orderCode ?? "—"}</td>
              <td>{lineKindLabel(l.kind, ts)}</td>
              <td className="text-xs">{lineSourceText(l.source, ts, locale)}</td>
              <td className="text-end tabular-nums">{money(l.amountFils)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="ms-auto grid max-w-sm grid-cols-2 gap-y-1 text-sm">
        {totals.map(([k, v]) => (
          <div key={k} className="contents">
            <dt>{t(`totals.${k}`)}</dt>
            <dd className="text-end tabular-nums">{money(v)}</dd>
          </div>
        ))}
        <dt className="border-t border-slate-300 pt-1 font-semibold">
          {t(invoice.payableFils < 0n ? "totals.owed" : "totals.payable")}
        </dt>
        <dd
          className="border-t border-slate-300 pt-1 text-end font-semibold tabular-nums"
          data-testid={`invoice-payable-${locale}`}
        >
          {money(invoice.payableFils)}
        </dd>
      </dl>
      <p className="text-xs text-slate-500">{t("print.footer")}</p>
    </section>
  );
}

/** The printable, bilingual invoice: an English block, then an Arabic block (dir=rtl). */
export async function InvoiceDocument({ invoice }: { invoice: InvoiceDetail }) {
  return (
    <div className="print-area space-y-6" data-testid="invoice-document">
      <InvoiceBlock invoice={invoice} locale="en" />
      <InvoiceBlock invoice={invoice} locale="ar" />
    </div>
  );
}
