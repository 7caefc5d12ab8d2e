import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/actor";

/**
 * The rows of `Product` this actor may see (STYLE.md rule 8). Every product query starts from
 * it: `where: { AND: [productScope(actor), filters] }`. A seller sees only its own products
 * (seller id from the session, never the client); `products.view_all` sees every seller's;
 * anyone else sees nothing.
 */
export function productScope(actor: Actor): Prisma.ProductWhereInput {
  if (can(actor, "products.view_all")) return {};
  if (can(actor, "products.manage_own") && actor.sellerId) return { sellerId: actor.sellerId };
  return { id: { in: [] } };
}

/**
 * The products this actor may change as their owner: its own, whatever else it may view
 * (staff who view every catalogue still cannot edit a seller's product).
 */
export function ownProductScope(actor: Actor): Prisma.ProductWhereInput {
  if (!can(actor, "products.manage_own") || !actor.sellerId) return { id: { in: [] } };
  return { AND: [productScope(actor), { sellerId: actor.sellerId }] };
}
