import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { reserveOrderStock } from "@/lib/inventory/ledger";
import { applyTransition, lockOrderVersion } from "@/lib/orders/transition";
import { ZOrderIds } from "./assign.schema";

/**
 * Orders the customer confirmed while stock was short wait in review, flagged. When stock has
 * arrived the manager retries them (one or many; oldest first so earlier customers are
 * served first): each one that can now be reserved moves to callcenter_approved
 * (`reserve_backorder`); the rest keep waiting.
 */
export async function retryReservations(
  actor: Actor,
  raw: { orderIds: string[] },
): Promise<{ reserved: number; stillShort: number }> {
  assertCan(actor, "callcenter.assign");
  const input = ZOrderIds.parse(raw);
  return retryBackorderedOrders(actor, input.orderIds);
}

/**
 * The retry itself, for a checked actor or for the system (`null`: the inventory module
 * retries the back-orders of a product right after stock of it was received).
 */
export async function retryBackorderedOrders(
  actor: Actor | null,
  orderIds: string[],
): Promise<{ reserved: number; stillShort: number }> {
  const orders = await db.order.findMany({
    where: { id: { in: orderIds }, state: "callcenter_review", backorderedAt: { not: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, version: true },
  });
  let reserved = 0;
  for (const { id, version } of orders) {
    try {
      const ok = await db.$transaction(
        async (tx) => {
          // Changed since the list was read (confirmed, cancelled…): order_changed, skipped.
          const order = await lockOrderVersion(tx, id, version);
          const r = await reserveOrderStock(tx, { orderId: id, actorId: actor?.userId ?? null });
          if (!r.ok) return false;
          await applyTransition(tx, {
            order,
            transition: "reserve_backorder",
            actor,
            patch: { backorderedAt: null },
            data: { warehouseId: r.warehouseId },
          });
          return true;
        },
        { maxWait: 10_000, timeout: 15_000 },
      );
      if (ok) reserved += 1;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
    }
  }
  return { reserved, stillShort: orders.length - reserved };
}
