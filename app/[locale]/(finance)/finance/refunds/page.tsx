import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { RefundActions } from "@/components/finance/refunds/refund-actions";
import { StatusBadge } from "@/components/ui/status-badge";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { listRefunds } from "@/lib/finance/refunds/list-refunds";
import { REFUND_FILTER_KEYS, REFUND_STATUSES } from "@/lib/finance/refunds/refund.schema";
import { listFinanceSellerChoices } from "@/lib/finance/reports/seller-choices";
import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money/format-money";

type Search = Partial<Record<(typeof REFUND_FILTER_KEYS)[number] | "page", string>>;

/** Finance's refund desk: refunds recorded by return inspections, to approve, pay or cancel. */
export default async function RefundsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "finance.payout.approve", "finance.payout.pay");
  const filters = { status: sp.status || undefined, sellerId: sp.sellerId || undefined };
  const [page, sellers, t, format] = await Promise.all([
    listRefunds(actor, { ...filters, page: sp.page } as never),
    listFinanceSellerChoices(actor),
    getTranslations("refunds"),
    getFormatter(),
  ]);
  const money = (fils: number | bigint, currency = "AED") => formatMoney(fils, currency, locale);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const canApprove = can(actor, "finance.payout.approve");
  const canPay = can(actor, "finance.payout.pay");

  return (
    <div className="space-y-6" data-testid="finance-refunds">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />

      <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4" data-testid="refund-summary">
        {REFUND_STATUSES.map((s) => (
          <Link
            key={s}
            href={`/finance/refunds?status=${s}${filters.sellerId ? `&sellerId=${filters.sellerId}` : ""}`}
            className="card block hover:bg-slate-50"
            data-testid={`refund-summary-${s}`}
          >
            <dt className="text-sm text-slate-500">{t(`status.${s}`)}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">
              {format.number(page.byStatus[s]?.count ?? 0)}
            </dd>
            <dd className="text-xs text-slate-500 tabular-nums">{money(page.byStatus[s]?.sumFils ?? 0)}</dd>
          </Link>
        ))}
      </dl>

      <form className="card grid gap-3 md:grid-cols-3" method="get" role="search" data-testid="refund-filters">
        <select
          name="status"
          defaultValue={page.filters.status ?? ""}
          aria-label={t("filters.status")}
          className="input"
          data-testid="filter-status"
        >
          <option value="">{t("filters.allStatuses")}</option>
          {REFUND_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <select
          name="sellerId"
          defaultValue={page.filters.sellerId ?? ""}
          aria-label={t("filters.seller")}
          className="input"
          data-testid="filter-seller"
        >
          <option value="">{t("filters.allSellers")}</option>
          {sellers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.storeName}
            </option>
          ))}
        </select>
        <div className="flex gap-2">
          <button type="submit" className="btn-secondary" data-testid="apply-filters">
            {t("filters.apply")}
          </button>
          <Link href="/finance/refunds" className="btn-secondary">
            {t("filters.reset")}
          </Link>
        </div>
      </form>

      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="table" data-testid="refunds-table">
          <thead>
            <tr>
              <th>{t("columns.return")}</th>
              <th>{t("columns.order")}</th>
              <th>{t("columns.seller")}</th>
              <th>{t("columns.amount")}</th>
              <th>{t("columns.created")}</th>
              <th>{t("columns.status")}</th>
              <th>{t("columns.payment")}</th>
              <th>{t("columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((r) => (
              <tr key={r.id} data-testid="refund-row" data-return={r.return.code} data-status={r.status}>
                <td>
                  <span dir="ltr">{r.return.code}</span>
                  <div className="text-xs text-slate-500">{t(`source.${r.return.source}`)}</div>
                </td>
                <td>
                  <span dir="ltr">{r.order.code}</span>
                </td>
                <td>
                  {r.seller.storeName}
                  <div className="text-xs text-slate-500" dir="ltr">
                    {r.seller.code}
                  </div>
                </td>
                <td className="tabular-nums" data-testid="refund-amount">
                  {money(r.amountFils, r.order.currency)}
                </td>
                <td className="tabular-nums">{when(r.createdAt)}</td>
                <td>
                  <StatusBadge family="refund" status={r.status} data-testid="refund-status" />
                  {r.invoiceId && (
                    <div className="mt-1 text-xs text-slate-500" data-testid="refund-invoiced">
                      {t("onStatement")}
                    </div>
                  )}
                </td>
                <td className="text-xs">
                  {r.reference ? (
                    <div dir="ltr" data-testid="refund-reference-value">
                      {r.reference}
                    </div>
                  ) : (
                    <span className="text-slate-400">—</span>
                  )}
                  {r.paidAt && <div className="text-slate-500">{when(r.paidAt)}</div>}
                  {r.proofFileId && (
                    <a
                      href={`/api/files/${r.proofFileId}`}
                      target="_blank"
                      rel="noreferrer"
                      className="text-sky-700 underline"
                      data-testid="refund-proof-link"
                    >
                      {t("proof")}
                    </a>
                  )}
                </td>
                <td className="min-w-56">
                  <RefundActions
                    refundId={r.id}
                    version={r.version}
                    status={r.status}
                    invoiced={!!r.invoiceId}
                    canApprove={canApprove}
                    canPay={canPay}
                  />
                </td>
              </tr>
            ))}
            {!page.rows.length && (
              <tr>
                <td colSpan={8} className="text-center text-slate-500" data-testid="refunds-empty">
                  {t("none")}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        total={page.total}
        basePath="/finance/refunds"
        query={filters}
      />
    </div>
  );
}
