import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { applyOrderChange } from "@/lib/orders/transition";
import type { OrderState } from "@/lib/orders/workflow";
import { ZOrderIds, type OrderIdsInput } from "./packing.schema";
import { lockScopedOrders } from "./scope";

/**
 * Records that the shipping labels of packed orders were printed (Order.labelPrintedAt, the
 * guard of mark_ready), as an order change that bumps the version. All selected orders must
 * be in scope (else not_found, nothing written); orders not packed yet or already printed are
 * skipped. Rows are locked in id order so two bulk prints cannot deadlock.
 */
export async function markLabelsPrinted(
  actor: Actor,
  raw: OrderIdsInput,
): Promise<{ printed: number; skipped: number }> {
  assertCan(actor, "labels.print");
  const { orderIds } = parseOrThrow(ZOrderIds, raw);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const rows = await lockScopedOrders(tx, actor, orderIds);
    let printed = 0;
    for (const r of rows) {
      if (r.state !== "packaging_completed" || r.labelPrintedAt) continue;
      await applyOrderChange(tx, {
        order: { id: r.id, state: r.state as OrderState, version: r.version },
        type: "label_printed",
        actor,
        now,
        patch: { labelPrintedAt: now },
      });
      printed += 1;
    }
    return { printed, skipped: orderIds.length - printed };
  });
}
