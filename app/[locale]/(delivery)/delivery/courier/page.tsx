import { getTranslations } from "next-intl/server";
import { ModuleDashboard } from "@/components/dashboard/module-dashboard";
import { requirePagePermission } from "@/lib/auth/guards";
import { countOrdersByState } from "@/lib/dashboard/order-counts";
import type { OrderState } from "@/lib/orders/workflow";

const STATES: OrderState[] = ["delivery_in_progress", "pending_manager_confirmation", "delivery_completed"];

export default async function Dashboard({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "delivery.update_own");
  const [counts, t] = await Promise.all([countOrdersByState(actor, STATES), getTranslations("states")]);
  return <ModuleDashboard dashboard="courier" stats={STATES.map((s) => ({ key: s, label: t(s), value: counts[s] }))} />;
}
