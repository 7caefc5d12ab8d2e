import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/ui/data-table";
import type { ListQuery } from "@/components/ui/list-href";
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
  query: ListQuery;
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
      <DataTable
        testId="credit-history"
        rows={credit.history.rows}
        rowKey={(e) => e.id}
        rowProps={(e) => ({ "data-testid": "credit-entry", "data-kind": e.kind })}
        empty={t("empty")}
        emptyTestId="credit-empty"
        page={credit.history.pageCount > 1 ? credit.history : undefined}
        basePath={basePath}
        query={query}
        columns={[
          {
            key: "date",
            header: t("columns.date"),
            className: "whitespace-nowrap",
            cell: (e) => format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" }),
          },
          { key: "kind", header: t("columns.kind"), cell: (e) => t(`kinds.${e.kind}`) },
          {
            key: "reason",
            header: t("columns.reason"),
            className: "max-w-md text-sm whitespace-pre-wrap",
            cell: (e) => e.reason,
          },
          { key: "by", header: t("columns.by"), cell: (e) => e.actor?.name ?? "—" },
          {
            key: "amount",
            header: t("columns.amount"),
            align: "end",
            cellProps: (e) => ({ className: e.amountFils < 0n ? "text-red-700" : "" }),
            cell: (e) => money(e.amountFils),
          },
          {
            key: "balance",
            header: t("columns.balanceAfter"),
            align: "end",
            cell: (e) => money(e.balanceAfterFils),
          },
        ]}
      />
    </section>
  );
}
