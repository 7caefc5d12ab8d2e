import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { z } from "zod";
import { PageHeader } from "@/components/ui/page-header";
import { CreditHistory } from "@/components/finance/credit/credit-history";
import { InvoiceTable } from "@/components/finance/invoices/invoice-table";
import { PayoutTable } from "@/components/finance/payouts/payout-table";
import { requirePagePermission } from "@/lib/auth/guards";
import { getCredit } from "@/lib/finance/credit/get-credit";
import { listInvoices } from "@/lib/finance/invoices/list-invoices";
import { listPayouts } from "@/lib/finance/payouts/list-payouts";
import { Link } from "@/lib/i18n/navigation";
import { formatMoney } from "@/lib/money/format-money";
import { ZPage } from "@/lib/pagination";

const TABS = ["invoices", "payouts", "credit"] as const;
const ZSearch = z.object({ tab: z.enum(TABS).catch("invoices").default("invoices"), page: ZPage });

export default async function SellerFinancePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "finance.statements.view_own");
  if (!actor.sellerId) notFound();
  const { tab, page: pageNo } = ZSearch.parse(sp);
  const t = await getTranslations("statements.sellerPage");
  const credit = await getCredit(actor, { sellerId: actor.sellerId, page: tab === "credit" ? pageNo : 1 });

  let body: React.ReactNode;
  if (tab === "invoices") {
    const page = await listInvoices(actor, { page: pageNo });
    body = (
      <InvoiceTable
        rows={page.rows}
        locale={locale}
        hrefBase="/seller/finance/invoices"
        page={page}
        basePath="/seller/finance"
        query={{ tab }}
      />
    );
  } else if (tab === "payouts") {
    const page = await listPayouts(actor, { page: pageNo });
    body = (
      <PayoutTable
        rows={page.rows.map((r) => ({ ...r, seller: null }))}
        locale={locale}
        hrefBase="/seller/finance/payouts"
        invoiceHrefBase="/seller/finance/invoices"
        page={page}
        basePath="/seller/finance"
        query={{ tab }}
      />
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
