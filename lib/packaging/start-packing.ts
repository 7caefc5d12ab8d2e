import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { AppError } from "@/lib/errors";
import { applyOrderChange, applyTransition } from "@/lib/orders/transition";
import { ZOrderRef, type OrderRefInput } from "./packing.schema";
import { currentPackingRecord, lockPackingOrder } from "./packing-order";

/**
 * A packer starts packing a confirmed order (start_packing: callcenter_approved →
 * packaging_in_progress) with a new PackingRecord in their name. An order whose last packing
 * failed QC is restarted the same way: a new record, so its scans start over. Anything else
 * (already being packed, packed, changed meanwhile) is order_changed and nothing is written.
 */
export async function startPacking(actor: Actor, raw: OrderRefInput): Promise<{ recordId: string; version: number }> {
  assertCan(actor, "packaging.pack");
  const input = parseOrThrow(ZOrderRef, raw);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const order = await lockPackingOrder(tx, actor, input.orderId, input.version);
    let version: number;
    if (order.state === "callcenter_approved") {
      version = (await applyTransition(tx, { order, transition: "start_packing", actor, now })).version;
    } else if (order.state === "packaging_in_progress") {
      const last = await currentPackingRecord(tx, order.id);
      if (last?.qcPassed !== false) throw new AppError("order_changed");
      version = (
        await applyOrderChange(tx, {
          order,
          type: "packing_restarted",
          actor,
          now,
          data: { previousRecordId: last.id },
        })
      ).version;
    } else {
      throw new AppError("order_changed");
    }
    const record = await tx.packingRecord.create({
      data: { orderId: order.id, packerId: actor.userId, startedAt: now },
      select: { id: true },
    });
    return { recordId: record.id, version };
  });
}
