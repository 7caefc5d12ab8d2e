import { getTranslations } from "next-intl/server";
import { ModuleDashboard } from "@/components/dashboard/module-dashboard";
import { requirePagePermission } from "@/lib/auth/guards";
import { countOrdersBySellerStatus } from "@/lib/dashboard/order-counts";
import { SELLER_STATUSES } from "@/lib/orders/workflow";

export default async function SellerDashboard({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "orders.view_own");
  const [counts, t] = await Promise.all([countOrdersBySellerStatus(actor), getTranslations("sellerStatus")]);
  return (
    <ModuleDashboard
      dashboard="seller"
      stats={SELLER_STATUSES.map((s) => ({ key: s, label: t(s), value: counts[s] }))}
    />
  );
}
