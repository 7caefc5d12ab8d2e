import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { applyTransition } from "@/lib/orders/transition";
import type { OrderState } from "@/lib/orders/workflow";
import { ZOrderIds, type OrderIdsInput } from "./packing.schema";
import { lockScopedOrders } from "./scope";

/**
 * Hands packed orders whose label is printed to delivery (mark_ready: packaging_completed →
 * ready_for_delivery), one or in bulk. All selected orders must be in scope (else not_found,
 * nothing written); orders without a printed label, or not packed, are skipped and counted.
 */
export async function markReady(actor: Actor, raw: OrderIdsInput): Promise<{ ready: number; skipped: number }> {
  assertCan(actor, "labels.print");
  const { orderIds } = parseOrThrow(ZOrderIds, raw);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const rows = await lockScopedOrders(tx, actor, orderIds);
    let ready = 0;
    for (const r of rows) {
      if (r.state !== "packaging_completed" || !r.labelPrintedAt) continue;
      await applyTransition(tx, {
        order: { id: r.id, state: r.state as OrderState, version: r.version },
        transition: "mark_ready",
        actor,
        now,
        where: { labelPrintedAt: { not: null } },
      });
      ready += 1;
    }
    return { ready, skipped: orderIds.length - ready };
  });
}
