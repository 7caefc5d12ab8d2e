import { OrderStateDashboard } from "@/components/dashboard/order-state-dashboard";
import { requirePagePermission } from "@/lib/auth/guards";

export default async function Dashboard({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "callcenter.call");
  return <OrderStateDashboard actor={actor} dashboard="callcenterAgent" states={["callcenter_review", "postponed", "escalated", "callcenter_approved"]} />;
}
