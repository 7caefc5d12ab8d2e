import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/actor";
import type { OrderState } from "./workflow";

/** States a packer works on: approved and being packed. */
export const PACKING_STATES: readonly OrderState[] = [
  "callcenter_approved",
  "packaging_in_progress",
  "packaging_completed",
];

/**
 * The rows of `Order` this actor may see (STYLE.md rule 8). Every order query starts from it:
 * `where: { AND: [orderScope(actor), filters] }`. Seller ids come from the session's own
 * seller profile, never from the client. No grant at all = an empty set, not everything.
 */
export function orderScope(actor: Actor): Prisma.OrderWhereInput {
  if (can(actor, "orders.view_all")) return {};
  const visible: Prisma.OrderWhereInput[] = [];
  if (can(actor, "orders.view_own") && actor.sellerId) visible.push({ sellerId: actor.sellerId });
  if (can(actor, "callcenter.call")) visible.push({ assignedAgentId: actor.userId });
  if (can(actor, "delivery.update_own")) visible.push({ assignedCourier: { userId: actor.userId } });
  if (can(actor, "packaging.pack")) visible.push({ state: { in: [...PACKING_STATES] } });
  return visible.length ? { OR: visible } : { id: { in: [] } };
}
