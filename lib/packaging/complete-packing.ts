import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { AppError } from "@/lib/errors";
import { consumeOrderReservation } from "@/lib/inventory/ledger";
import { applyTransition } from "@/lib/orders/transition";
import { ZOrderRef, type OrderRefInput } from "./packing.schema";
import { assertAllScanned, currentPackingRecord, lockPackingOrder } from "./packing-order";

/**
 * Completes packing (complete_packing: packaging_in_progress → packaging_completed): every
 * line fully scanned on the current record and its QC passed. In the same transaction the
 * order's reservation is consumed (one `pick` movement per reserved bin: on-hand and
 * reserved both drop, available is unchanged). The order row is locked at the version the
 * packer saw, so a second completion waits, finds the new version and fails as
 * order_changed without consuming anything.
 */
export async function completePacking(actor: Actor, raw: OrderRefInput): Promise<{ picked: number; version: number }> {
  assertCan(actor, "packaging.pack");
  const input = parseOrThrow(ZOrderRef, raw);
  const now = new Date();
  return db.$transaction(
    async (tx) => {
      const order = await lockPackingOrder(tx, actor, input.orderId, input.version);
      if (order.state !== "packaging_in_progress") throw new AppError("order_changed");
      const record = await currentPackingRecord(tx, order.id);
      if (!record) throw new AppError("order_changed");
      await assertAllScanned(tx, order.id, record.id);
      if (record.qcPassed !== true) throw new AppError("validation", {}, { _form: "packaging.qc_required" });

      const picked = await consumeOrderReservation(tx, { orderId: order.id, actorId: actor.userId });
      await tx.packingRecord.update({ where: { id: record.id }, data: { completedAt: now } });
      const t = await applyTransition(tx, {
        order,
        transition: "complete_packing",
        actor,
        now,
        data: { packingRecordId: record.id, picked },
      });
      return { picked, version: t.version };
    },
    { maxWait: 10_000, timeout: 15_000 },
  );
}
