import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { AppError } from "@/lib/errors";
import { ZQcInput, type QcInput } from "./packing.schema";
import { assertAllScanned, currentPackingRecord, lockPackingOrder } from "./packing-order";

/**
 * Quality check of the current packing (packaging.qc), once every item is scanned. Passed →
 * the order may be completed. Failed (a note says why) → the order stays in
 * packaging_in_progress and this record is closed: packing restarts with a new record.
 * A record's QC is decided once.
 */
export async function recordQc(actor: Actor, raw: QcInput): Promise<{ passed: boolean }> {
  assertCan(actor, "packaging.qc");
  const input = parseOrThrow(ZQcInput, raw);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const order = await lockPackingOrder(tx, actor, input.orderId, input.version);
    if (order.state !== "packaging_in_progress") throw new AppError("order_changed");
    const record = await currentPackingRecord(tx, order.id);
    if (!record || record.qcPassed !== null) throw new AppError("order_changed");
    await assertAllScanned(tx, order.id, record.id);
    await tx.packingRecord.update({
      where: { id: record.id },
      data: { qcPassed: input.passed, qcById: actor.userId, qcAt: now, qcNotes: input.notes || null },
    });
    return { passed: input.passed };
  });
}
