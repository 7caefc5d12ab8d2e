import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { InvoiceTable } from "@/components/finance/invoices/invoice-table";
import { Pagination } from "@/components/ui/pagination";
import { requirePagePermission } from "@/lib/auth/guards";
import { INVOICE_FILTER_KEYS, INVOICE_STATUSES } from "@/lib/finance/invoices/invoice.schema";
import { listInvoices } from "@/lib/finance/invoices/list-invoices";
import { listStatementSellers } from "@/lib/finance/statements/get-statement";
import { Link } from "@/lib/i18n/navigation";

type Search = Partial<Record<(typeof INVOICE_FILTER_KEYS)[number] | "page", string>>;

export default async function InvoicesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Search>;
}) {
  const { locale } = await params;
  const sp = await searchParams;
  const actor = await requirePagePermission(locale, "finance.invoices.manage", "finance.statements.view_all");
  const filters = Object.fromEntries(INVOICE_FILTER_KEYS.map((k) => [k, sp[k] || undefined])) as Record<
    (typeof INVOICE_FILTER_KEYS)[number],
    string | undefined
  >;
  const [page, sellers, t] = await Promise.all([
    listInvoices(actor, { ...filters, page: sp.page } as never),
    listStatementSellers(actor),
    getTranslations("invoices"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          <Link href="/finance/statements" className="btn-secondary">
            {t("toStatements")}
          </Link>
        }
      />
      <form className="card grid gap-3 md:grid-cols-5" method="get" role="search" data-testid="invoice-filters">
        <select
          name="sellerId"
          defaultValue={filters.sellerId ?? ""}
          aria-label={t("filters.seller")}
          className="input"
          data-testid="invoice-filter-seller"
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
          data-testid="invoice-filter-status"
        >
          <option value="">{t("filters.allStatuses")}</option>
          {INVOICE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <input
          type="date"
          name="from"
          defaultValue={filters.from ?? ""}
          aria-label={t("filters.from")}
          title={t("filters.from")}
          className="input"
          dir="ltr"
        />
        <input
          type="date"
          name="to"
          defaultValue={filters.to ?? ""}
          aria-label={t("filters.to")}
          title={t("filters.to")}
          className="input"
          dir="ltr"
        />
        <div className="flex gap-2">
          <button type="submit" className="btn-secondary" data-testid="invoice-apply-filters">
            {t("filters.apply")}
          </button>
          <Link href="/finance/invoices" className="btn-secondary">
            {t("filters.reset")}
          </Link>
        </div>
      </form>
      <InvoiceTable rows={page.rows} locale={locale} hrefBase="/finance/invoices" showSeller />
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        total={page.total}
        basePath="/finance/invoices"
        query={filters}
      />
    </div>
  );
}
