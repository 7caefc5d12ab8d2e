import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { reserveOrderStock } from "@/lib/inventory/ledger";
import { applyTransition } from "@/lib/orders/transition";
import { ZOrderIds } from "./assign.schema";

/**
 * Orders the customer confirmed while stock was short wait in review, flagged. When stock has
 * arrived the manager retries them (one or many; oldest first so earlier customers are
 * served first): each one that can now be reserved moves to callcenter_approved
 * (`reserve_backorder`); the rest keep waiting.
 */
export async function retryReservations(actor: Actor, raw: { orderIds: string[] }): Promise<{ reserved: number; stillShort: number }> {
  assertCan(actor, "callcenter.assign");
  const input = ZOrderIds.parse(raw);
  const orders = await db.order.findMany({
    where: { id: { in: input.orderIds }, state: "callcenter_review", backorderedAt: { not: null } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  let reserved = 0;
  for (const { id } of orders) {
    try {
      const ok = await db.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<Array<{ version: number; state: string; backordered: boolean }>>`
          SELECT version, state::text AS state, "backorderedAt" IS NOT NULL AS backordered FROM "Order" WHERE id = ${id} FOR UPDATE`;
        const row = rows[0];
        if (!row || row.state !== "callcenter_review" || !row.backordered) return false;
        const r = await reserveOrderStock(tx, { orderId: id, actorId: actor.userId });
        if (!r.ok) return false;
        await applyTransition(tx, {
          order: { id, state: "callcenter_review", version: row.version },
          transition: "reserve_backorder", actor, patch: { backorderedAt: null }, data: { warehouseId: r.warehouseId },
        });
        return true;
      }, { maxWait: 10_000, timeout: 15_000 });
      if (ok) reserved += 1;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
    }
  }
  return { reserved, stillShort: orders.length - reserved };
}
