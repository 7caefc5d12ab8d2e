import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/actor";
import type { OrderState } from "@/lib/orders/workflow";

/** A courier's stops today: still to deliver, and reported (waiting for the manager). */
export const RUN_STATES = [
  "delivery_in_progress",
  "pending_manager_confirmation",
] as const satisfies readonly OrderState[];

/**
 * The orders a courier may open (STYLE.md rule 8): only those assigned to the actor's own,
 * active Courier row (Courier.userId = the login). No permission or no courier row = nothing.
 * Every courier page and use-case starts from it; anything outside is `not_found`.
 */
export function courierOrderScope(actor: Actor): Prisma.OrderWhereInput {
  if (!can(actor, "delivery.update_own")) return { id: { in: [] } };
  return { assignedCourier: { is: { userId: actor.userId, isActive: true } } };
}

/** The actor's own active Courier row (id for attempts and upload keys), or null. */
export async function findActorCourier(tx: Tx, actor: Actor): Promise<{ id: string; name: string } | null> {
  if (!can(actor, "delivery.update_own")) return null;
  return tx.courier.findFirst({ where: { userId: actor.userId, isActive: true }, select: { id: true, name: true } });
}
