import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/ui/pagination";
import type { getCredit } from "@/lib/finance/credit/get-credit";
import { formatMoney } from "@/lib/money/format-money";

type Credit = Awaited<ReturnType<typeof getCredit>>;

/** A seller's credit balance and its entries, newest first, paged with `page` on `basePath`. */
export async function CreditHistory({
  credit,
  locale,
  basePath,
  query,
}: {
  credit: Credit;
  locale: string;
  basePath: string;
  query: Record<string, string | undefined>;
}) {
  const [t, format] = await Promise.all([getTranslations("credit"), getFormatter()]);
  const money = (fils: bigint) => formatMoney(fils, "AED", locale);
  return (
    <section className="space-y-3" data-testid="credit">
      <div className="card flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="font-semibold">{t("balance")}</h2>
        <p
          className={`text-2xl font-semibold tabular-nums ${credit.balanceFils < 0n ? "text-red-700" : ""}`}
          data-testid="credit-balance"
          data-fils={credit.balanceFils.toString()}
        >
          {money(credit.balanceFils)}
        </p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="credit-history">
          <thead>
            <tr>
              <th>{t("columns.date")}</th>
              <th>{t("columns.kind")}</th>
              <th>{t("columns.reason")}</th>
              <th>{t("columns.by")}</th>
              <th className="text-end">{t("columns.amount")}</th>
              <th className="text-end">{t("columns.balanceAfter")}</th>
            </tr>
          </thead>
          <tbody>
            {credit.history.rows.map((e) => (
              <tr key={e.id} data-testid="credit-entry" data-kind={e.kind}>
                <td className="whitespace-nowrap">
                  {format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </td>
                <td>{t(`kinds.${e.kind}`)}</td>
                <td className="max-w-md whitespace-pre-wrap text-sm">{e.reason}</td>
                <td>{e.actor?.name ?? "—"}</td>
                <td className={`text-end tabular-nums ${e.amountFils < 0n ? "text-red-700" : ""}`}>
                  {money(e.amountFils)}
                </td>
                <td className="text-end tabular-nums">{money(e.balanceAfterFils)}</td>
              </tr>
            ))}
            {!credit.history.rows.length && (
              <tr>
                <td colSpan={6} className="text-center text-slate-500" data-testid="credit-empty">
                  {t("empty")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {credit.history.pageCount > 1 && (
        <Pagination
          page={credit.history.page}
          pageCount={credit.history.pageCount}
          total={credit.history.total}
          basePath={basePath}
          query={query}
        />
      )}
    </section>
  );
}
