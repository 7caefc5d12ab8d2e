import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/actor";
import { warehouseScope } from "@/lib/dashboard/module-counts";

const NONE: Prisma.ReturnWhereInput = { id: { in: [] } };

/**
 * Returns the warehouse may work on (STYLE.md rule 8): those whose order ships from a
 * warehouse the actor is assigned to (`returns.inspect`); anyone else, none.
 */
export function warehouseReturnScope(actor: Actor): Prisma.ReturnWhereInput {
  if (!can(actor, "returns.inspect")) return NONE;
  return { order: { warehouse: warehouseScope(actor) } };
}

/** A seller's own returns (`returns.view_own`, seller profile from the session); else none. */
export function sellerReturnScope(actor: Actor): Prisma.ReturnWhereInput {
  if (!can(actor, "returns.view_own") || !actor.sellerId) return NONE;
  return { sellerId: actor.sellerId };
}
