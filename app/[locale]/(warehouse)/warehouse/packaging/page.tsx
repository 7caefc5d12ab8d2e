import { OrderStateDashboard } from "@/components/dashboard/order-state-dashboard";
import { requirePagePermission } from "@/lib/auth/guards";

export default async function Dashboard({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "packaging.pack");
  return <OrderStateDashboard actor={actor} dashboard="packaging" states={["callcenter_approved", "packaging_in_progress", "packaging_completed"]} />;
}
