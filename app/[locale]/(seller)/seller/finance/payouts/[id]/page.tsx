import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { PayoutDetailCard } from "@/components/finance/payouts/payout-detail-card";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { getPayout, type PayoutDetail } from "@/lib/finance/payouts/get-payout";
import { Link } from "@/lib/i18n/navigation";

export default async function SellerPayoutPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const actor = await requirePagePermission(locale, "finance.statements.view_own");
  let payout: PayoutDetail;
  try {
    payout = await getPayout(actor, id);
  } catch (e) {
    if (isAppError(e) && e.code === "not_found") notFound();
    throw e;
  }
  const t = await getTranslations("payouts");
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("detailTitle", { number: payout.number })}
        actions={
          <Link href="/seller/finance?tab=payouts" className="btn-secondary">
            {t("backToList")}
          </Link>
        }
      />
      <PayoutDetailCard payout={payout} locale={locale} invoiceHrefBase="/seller/finance/invoices" showPeople={false} />
    </div>
  );
}
