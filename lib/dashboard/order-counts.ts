import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { orderScope } from "@/lib/orders/scope";
import {
  ORDER_STATES,
  sellerStatusOf,
  SELLER_STATUSES,
  type OrderState,
  type SellerStatus,
} from "@/lib/orders/workflow";

/** Orders per workflow state within the actor's scope (one grouped, indexed query). */
export async function countOrdersByState(actor: Actor, states: readonly OrderState[] = ORDER_STATES) {
  const rows = await db.order.groupBy({
    by: ["state"],
    where: { AND: [orderScope(actor), { state: { in: [...states] } }] },
    _count: { _all: true },
  });
  const counts = Object.fromEntries(states.map((s) => [s, 0])) as Record<OrderState, number>;
  for (const r of rows) counts[r.state as OrderState] = r._count._all;
  return counts;
}

/** The seller's view: the same counts folded into seller-facing statuses. */
export async function countOrdersBySellerStatus(actor: Actor) {
  const byState = await countOrdersByState(actor);
  const out = Object.fromEntries(SELLER_STATUSES.map((s) => [s, 0])) as Record<SellerStatus, number>;
  for (const [state, n] of Object.entries(byState)) out[sellerStatusOf(state as OrderState)] += n;
  return out;
}
