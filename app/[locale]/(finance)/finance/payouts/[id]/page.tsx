import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { PayoutDetailCard } from "@/components/finance/payouts/payout-detail-card";
import { PayoutSteps } from "@/components/finance/payouts/payout-steps";
import { can } from "@/lib/auth/actor";
import { requirePagePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { getPayout, type PayoutDetail } from "@/lib/finance/payouts/get-payout";
import { Link } from "@/lib/i18n/navigation";

export default async function PayoutPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  const actor = await requirePagePermission(
    locale,
    "finance.payout.create",
    "finance.payout.approve",
    "finance.payout.pay",
  );
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
        subtitle={payout.seller.storeName}
        actions={
          <Link href="/finance/payouts" className="btn-secondary">
            {t("backToList")}
          </Link>
        }
      />
      <PayoutDetailCard payout={payout} locale={locale} invoiceHrefBase="/finance/invoices" showPeople />
      <PayoutSteps
        payoutId={payout.id}
        version={payout.version}
        status={payout.status}
        canApprove={can(actor, "finance.payout.approve")}
        canPay={can(actor, "finance.payout.pay")}
        canCancel={can(actor, "finance.payout.create") || can(actor, "finance.payout.approve")}
        isCreator={payout.createdById === actor.userId}
      />
    </div>
  );
}
