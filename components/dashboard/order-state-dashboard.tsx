import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { countOrdersByState } from "@/lib/dashboard/order-counts";
import type { OrderState } from "@/lib/orders/workflow";
import { ModuleDashboard } from "./module-dashboard";

/** A dashboard of live order counts for the given workflow states, within the actor's scope. */
export async function OrderStateDashboard({
  actor,
  dashboard,
  states,
}: {
  actor: Actor;
  dashboard: string;
  states: OrderState[];
}) {
  const [counts, t] = await Promise.all([countOrdersByState(actor, states), getTranslations("states")]);
  return (
    <ModuleDashboard dashboard={dashboard} stats={states.map((s) => ({ key: s, label: t(s), value: counts[s] }))} />
  );
}
