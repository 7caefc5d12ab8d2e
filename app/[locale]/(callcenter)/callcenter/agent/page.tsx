import { getTranslations } from "next-intl/server";
import { ModuleDashboard } from "@/components/dashboard/module-dashboard";
import { requirePagePermission } from "@/lib/auth/guards";
import { countOrdersByState } from "@/lib/dashboard/order-counts";
import type { OrderState } from "@/lib/orders/workflow";

const STATES: OrderState[] = ["callcenter_review", "postponed", "escalated", "callcenter_approved"];

export default async function Dashboard({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const actor = await requirePagePermission(locale, "callcenter.call");
  const [counts, t] = await Promise.all([countOrdersByState(actor, STATES), getTranslations("states")]);
  return <ModuleDashboard dashboard="callcenterAgent" stats={STATES.map((s) => ({ key: s, label: t(s), value: counts[s] }))} />;
}
