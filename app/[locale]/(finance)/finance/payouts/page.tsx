import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { PayoutTable } from "@/components/finance/payouts/payout-table";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { listPayouts } from "@/lib/finance/payouts/list-payouts";
import { PAYOUT_FILTER_KEYS, PAYOUT_STATUSES } from "@/lib/finance/payouts/payout.schema";
import { listStatementSellers } from "@/lib/finance/statements/get-statement";
import { Link } from "@/lib/i18n/navigation";

type Search = Partial<Record<(typeof PAYOUT_FILTER_KEYS)[number] | "page", string>>;

export default async function PayoutsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(
    locale,
    "finance.payout.create",
    "finance.payout.approve",
    "finance.payout.pay",
  );
  const filters = Object.fromEntries(PAYOUT_FILTER_KEYS.map((k) => [k, sp[k] || undefined])) as Record<
    (typeof PAYOUT_FILTER_KEYS)[number],
    string | undefined
  >;
  const [page, sellers, t] = await Promise.all([
    listPayouts(actor, { ...filters, page: sp.page } as never),
    listStatementSellers(actor),
    getTranslations("payouts"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <form className="card grid gap-3 md:grid-cols-3" method="get" role="search" data-testid="payout-filters">
        <select
          name="sellerId"
          defaultValue={filters.sellerId ?? ""}
          aria-label={t("filters.seller")}
          className="input"
          data-testid="payout-filter-seller"
        >
          <option value="">{t("filters.allSellers")}</option>
          {sellers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.storeName}
            </option>
          ))}
        </select>
        <select
          name="status"
          defaultValue={filters.status ?? ""}
          aria-label={t("filters.status")}
          className="input"
          data-testid="payout-filter-status"
        >
          <option value="">{t("filters.allStatuses")}</option>
          {PAYOUT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <div className="flex gap-2">
          <button type="submit" className="btn-secondary" data-testid="payout-apply-filters">
            {t("filters.apply")}
          </button>
          <Link href="/finance/payouts" className="btn-secondary">
            {t("filters.reset")}
          </Link>
        </div>
      </form>
      <PayoutTable rows={page.rows} locale={locale} hrefBase="/finance/payouts" invoiceHrefBase="/finance/invoices" />
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        total={page.total}
        basePath="/finance/payouts"
        query={filters}
      />
    </div>
  );
}
