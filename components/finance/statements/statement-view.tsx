import { getTranslations } from "next-intl/server";
import type { LoadedStatement } from "@/lib/finance/statements/load-statement";
import { formatMoney } from "@/lib/money/format-money";
import { lineKindLabel, lineSourceText, uaeDate } from "./line-source";

/** A statement before invoicing: lines per order (with their sources), refunds, totals. */
export async function StatementView({ statement, locale }: { statement: LoadedStatement; locale: string }) {
  const t = await getTranslations("statements");
  const money = (fils: bigint) => formatMoney(fils, "AED", locale);
  const { totals } = statement;
  return (
    <div className="space-y-4" data-testid="statement">
      {statement.withoutFees.length > 0 && (
        <div
          className="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900"
          data-testid="statement-without-fees"
        >
          {t("withoutFees", { count: statement.withoutFees.length })}{" "}
          <span dir="ltr">{statement.withoutFees.map((o) => o.code).join(", ")}</span>
        </div>
      )}
      <dl className="grid gap-3 sm:grid-cols-4" data-testid="statement-totals">
        {(
          [
            ["cod", totals.codFils],
            ["fees", -totals.feesFils],
            ["refunds", -totals.refundsFils],
            ["payable", totals.payableFils],
          ] as const
        ).map(([k, v]) => (
          <div key={k} className="card">
            <dt className="text-sm text-slate-500">{t(`totals.${k}`)}</dt>
            <dd
              className={`text-xl font-semibold tabular-nums ${k === "payable" && v < 0n ? "text-red-700" : ""}`}
              data-testid={`total-${k}`}
              data-fils={v.toString()}
            >
              {money(v)}
            </dd>
          </div>
        ))}
      </dl>
      {totals.payableFils < 0n && (
        <p className="text-sm text-red-700" data-testid="seller-owes">
          {t("sellerOwes")}
        </p>
      )}
      {!statement.lines.length ? (
        <p className="card text-sm text-slate-500" data-testid="statement-empty">
          {t("empty")}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="table" data-testid="statement-lines">
            <thead>
              <tr>
                <th>{t("columns.order")}</th>
                <th>{t("columns.outcome")}</th>
                <th>{t("columns.line")}</th>
                <th>{t("columns.source")}</th>
                <th className="text-end">{t("columns.amount")}</th>
              </tr>
            </thead>
            <tbody>
              {statement.orders.map((o) =>
                o.lines.map((l, i) => (
                  <tr key={l.key} data-testid="statement-line" data-order={o.code} data-kind={l.kind}>
                    {i === 0 && (
                      <td rowSpan={o.lines.length} className="align-top">
                        <span dir="ltr" className="font-medium" data-testid="statement-order">
                          {o.code}
                        </span>
                        <div className="text-xs text-slate-500">{uaeDate(o.at, locale)}</div>
                      </td>
                    )}
                    {i === 0 && (
                      <td rowSpan={o.lines.length} className="align-top">
                        {t(`outcome.${o.outcome}`)}
                      </td>
                    )}
                    <td>{lineKindLabel(l.kind, t)}</td>
                    <td className="text-xs text-slate-600">{lineSourceText(l.source, t, locale)}</td>
                    <td className={`text-end tabular-nums ${l.amountFils < 0n ? "text-red-700" : ""}`}>
                      {money(l.amountFils)}
                    </td>
                  </tr>
                )),
              )}
              {statement.refunds.map((l) => (
                <tr key={l.key} data-testid="statement-line" data-order={l.orderCode ?? ""} data-kind="refund">
                  <td>
                    <span dir="ltr">{l.orderCode}</span>
                  </td>
                  <td>{t("outcome.refund")}</td>
                  <td>{lineKindLabel(l.kind, t)}</td>
                  <td className="text-xs text-slate-600">{lineSourceText(l.source, t, locale)}</td>
                  <td className="text-end tabular-nums text-red-700">{money(l.amountFils)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="font-semibold">
                <td colSpan={4}>{t("totals.payable")}</td>
                <td className="text-end tabular-nums" data-testid="statement-payable">
                  {money(totals.payableFils)}
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}
