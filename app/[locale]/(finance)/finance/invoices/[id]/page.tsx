import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CreatePayoutButton } from "@/components/finance/invoices/create-payout-button";
import { InvoiceSummary } from "@/components/finance/invoices/invoice-summary";
import { VoidInvoiceForm } from "@/components/finance/invoices/void-invoice-form";
import { PayoutTable } from "@/components/finance/payouts/payout-table";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { getInvoice, type InvoiceDetail } from "@/lib/finance/invoices/get-invoice";
import { Link } from "@/lib/i18n/navigation";

export default async function InvoicePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const actor = await requirePagePermission(locale, "finance.invoices.manage", "finance.statements.view_all");
  let invoice: InvoiceDetail;
  try {
    invoice = await getInvoice(actor, id);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const t = await getTranslations("invoices");
  const open = invoice.status === "issued" && !invoice.livePayout;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("detailTitle", { number: invoice.number })}
        subtitle={invoice.seller.storeName}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link
              href={`/finance/invoices/${invoice.id}/print`}
              className="btn-secondary"
              data-testid="invoice-print-link"
            >
              {t("printable")}
            </Link>
            <Link href="/finance/invoices" className="btn-secondary">
              {t("backToList")}
            </Link>
          </div>
        }
      />
      <InvoiceSummary invoice={invoice} locale={locale} />
      <div className="flex flex-wrap items-start gap-4">
        {open && invoice.payableFils > 0n && can(actor, "finance.payout.create") && (
          <CreatePayoutButton invoiceId={invoice.id} />
        )}
        {open && invoice.payableFils <= 0n && (
          <p className="text-sm text-slate-600" data-testid="invoice-not-payable">
            {t("notPayable")}
          </p>
        )}
        {open && can(actor, "finance.invoices.manage") && (
          <VoidInvoiceForm invoiceId={invoice.id} version={invoice.version} />
        )}
      </div>
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("payoutsTitle")}</h2>
        <PayoutTable
          rows={invoice.payouts.map((p) => ({ ...p, invoice: null, seller: null }))}
          locale={locale}
          hrefBase="/finance/payouts"
        />
      </section>
    </div>
  );
}
