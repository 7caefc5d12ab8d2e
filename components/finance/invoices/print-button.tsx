"use client";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** Print and back, hidden on paper. */
export function InvoicePrintToolbar({ backHref }: { backHref: string }) {
  const t = useTranslations("invoices");
  return (
    <div className="flex flex-wrap gap-2 print:hidden" data-testid="invoice-print-toolbar">
      <button type="button" className="btn-primary" onClick={() => window.print()} data-testid="invoice-print">
        {t("print.print")}
      </button>
      <Link href={backHref} className="btn-secondary">
        {t("print.back")}
      </Link>
    </div>
  );
}
