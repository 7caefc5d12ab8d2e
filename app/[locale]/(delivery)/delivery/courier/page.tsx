import { OrderStateDashboard } from "@/components/dashboard/order-state-dashboard";
import { requirePagePermission } from "@/lib/auth/guards";

export default async function Dashboard({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "delivery.update_own");
  return <OrderStateDashboard actor={actor} dashboard="courier" states={["delivery_in_progress", "pending_manager_confirmation", "delivery_completed"]} />;
}
