import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { getTransition } from "./workflow";

/**
 * The products the actor's seller account can put on an order: its own, approved, active, not
 * archived. The form's product picker shows these; createOrder checks the same rules again.
 */
export async function listOrderableProducts(actor: Actor) {
  assertCan(actor, getTransition("submit").permission);
  if (!actor.sellerId) return [];
  return db.product.findMany({
    where: { sellerId: actor.sellerId, approval: "approved", isActive: true, archivedAt: null },
    orderBy: { sku: "asc" },
    take: 1000,
    select: { id: true, sku: true, nameEn: true, nameAr: true, sellingPriceFils: true },
  });
}
export type OrderableProduct = Awaited<ReturnType<typeof listOrderableProducts>>[number];
