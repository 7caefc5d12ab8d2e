import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { CreditHistory } from "@/components/finance/credit/credit-history";
import { InvoiceTable } from "@/components/finance/invoices/invoice-table";
import { PayoutTable } from "@/components/finance/payouts/payout-table";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { getCredit } from "@/lib/finance/credit/get-credit";
import { listInvoices } from "@/lib/finance/invoices/list-invoices";
import { listPayouts } from "@/lib/finance/payouts/list-payouts";
import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money/format-money";

const TABS = ["invoices", "payouts", "credit"] as const;
type Tab = (typeof TABS)[number];

export default async function SellerFinancePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ tab?: string; page?: string }>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "finance.statements.view_own");
  if (!actor.sellerId) notFound();
  const tab: Tab = TABS.includes(sp.tab as Tab) ? (sp.tab as Tab) : "invoices";
  const t = await getTranslations("statements.sellerPage");
  const credit = await getCredit(actor, { sellerId: actor.sellerId, page: tab === "credit" ? sp.page : 1 });

  let body: React.ReactNode;
  if (tab === "invoices") {
    const page = await listInvoices(actor, { page: sp.page });
    body = (
      <>
        <InvoiceTable rows={page.rows} locale={locale} hrefBase="/seller/finance/invoices" />
        <Pagination
          page={page.page}
          pageCount={page.pageCount}
          total={page.total}
          basePath="/seller/finance"
          query={{ tab }}
        />
      </>
    );
  } else if (tab === "payouts") {
    const page = await listPayouts(actor, { page: sp.page });
    body = (
      <>
        <PayoutTable
          rows={page.rows.map((r) => ({ ...r, seller: null }))}
          locale={locale}
          hrefBase="/seller/finance/payouts"
          invoiceHrefBase="/seller/finance/invoices"
        />
        <Pagination
          page={page.page}
          pageCount={page.pageCount}
          total={page.total}
          basePath="/seller/finance"
          query={{ tab }}
        />
      </>
    );
  } else {
    body = <CreditHistory credit={credit} locale={locale} basePath="/seller/finance" query={{ tab }} />;
  }

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="card flex flex-wrap items-baseline justify-between gap-2">
        <span className="text-sm text-slate-600">{t("creditBalance")}</span>
        <Link
          href="/seller/finance?tab=credit"
          className="text-lg font-semibold tabular-nums"
          data-testid="seller-credit-balance"
        >
          {formatMoney(credit.balanceFils, "AED", locale)}
        </Link>
      </div>
      <nav className="flex gap-2 border-b border-slate-200" aria-label={t("title")}>
        {TABS.map((k) => (
          <Link
            key={k}
            href={`/seller/finance?tab=${k}`}
            data-testid={`seller-finance-tab-${k}`}
            aria-current={k === tab ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm ${k === tab ? "border-brand-600 font-semibold text-brand-700" : "border-transparent text-slate-600"}`}
          >
            {t(`tabs.${k}`)}
          </Link>
        ))}
      </nav>
      {body}
    </div>
  );
}
