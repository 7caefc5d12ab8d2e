import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { InvoiceSummary } from "@/components/finance/invoices/invoice-summary";
import { PayoutTable } from "@/components/finance/payouts/payout-table";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { getInvoice, type InvoiceDetail } from "@/lib/finance/invoices/get-invoice";
import { Link } from "@/lib/i18n/navigation";

export default async function SellerInvoicePage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const actor = await requirePagePermission(locale, "finance.statements.view_own");
  let invoice: InvoiceDetail;
  try {
    invoice = await getInvoice(actor, id);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const t = await getTranslations("invoices");
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("detailTitle", { number: invoice.number })}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link
              href={`/seller/finance/invoices/${invoice.id}/print`}
              className="btn-secondary"
              data-testid="invoice-print-link"
            >
              {t("printable")}
            </Link>
            <Link href="/seller/finance" className="btn-secondary">
              {t("backToList")}
            </Link>
          </div>
        }
      />
      <InvoiceSummary invoice={invoice} locale={locale} />
      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t("payoutsTitle")}</h2>
        <PayoutTable
          rows={invoice.payouts.map((p) => ({ ...p, invoice: null, seller: null }))}
          locale={locale}
          hrefBase="/seller/finance/payouts"
        />
      </section>
    </div>
  );
}
