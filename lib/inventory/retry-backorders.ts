import "server-only";
import { db } from "@/lib/db/client";
import { retryBackorderedOrders } from "@/lib/callcenter/retry-reservations";

/** At most this many back-orders are retried per receipt (oldest first); the rest wait for the next one or the manager. */
export const BACKORDER_RETRY_BATCH = 20;

/**
 * After stock of a product has been received (the receipt is committed), the orders that
 * were back-ordered for lack of stock and contain that product get another chance, through
 * the call center's own retry (lib/callcenter/retry-reservations.ts) as the system.
 */
export async function retryBackordersOf(productId: string): Promise<{ reserved: number; stillShort: number }> {
  const orders = await db.order.findMany({
    where: { state: "callcenter_review", backorderedAt: { not: null }, lines: { some: { productId } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: BACKORDER_RETRY_BATCH,
    select: { id: true },
  });
  if (orders.length === 0) return { reserved: 0, stillShort: 0 };
  return retryBackorderedOrders(
    null,
    orders.map((o) => o.id),
  );
}
