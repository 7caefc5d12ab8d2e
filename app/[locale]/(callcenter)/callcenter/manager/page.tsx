import { OrderStateDashboard } from "@/components/dashboard/order-state-dashboard";
import { requirePagePermission } from "@/lib/auth/guards";

export default async function Dashboard({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "callcenter.assign");
  return <OrderStateDashboard actor={actor} dashboard="callcenterManager" states={["seller_submitted", "callcenter_review", "postponed", "escalated", "no_answer"]} />;
}
