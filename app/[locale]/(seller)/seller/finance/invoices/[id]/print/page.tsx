import { notFound } from "next/navigation";
import { InvoiceDocument } from "@/components/finance/invoices/invoice-document";
import { PrintStyles } from "@/components/ui/print-styles";
import { InvoicePrintToolbar } from "@/components/finance/invoices/print-button";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { getInvoice, type InvoiceDetail } from "@/lib/finance/invoices/get-invoice";

export default async function SellerInvoicePrintPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const actor = await requirePagePermission(locale, "finance.statements.view_own");
  let invoice: InvoiceDetail;
  try {
    invoice = await getInvoice(actor, id);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  return (
    <div className="space-y-4">
      <PrintStyles page="size: A4; margin: 12mm;" />
      <InvoicePrintToolbar backHref={`/seller/finance/invoices/${invoice.id}`} />
      <InvoiceDocument invoice={invoice} />
    </div>
  );
}
