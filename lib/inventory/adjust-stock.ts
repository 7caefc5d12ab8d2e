import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/guards";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { applyMovement, lockedBalance } from "./ledger";
import { scopedBin } from "./scope";
import { ZAdjustStockInput, type AdjustStockFormInput } from "./stock.schema";

/**
 * A manual correction of on-hand stock (signed), with a required reason, audited. It can
 * never take away units that are reserved for orders (onHand stays ≥ reserved).
 */
export async function adjustStock(actor: Actor, raw: AdjustStockFormInput) {
  assertCan(actor, "inventory.adjust");
  const input = parseOrThrow(ZAdjustStockInput, raw);
  return db.$transaction(async (tx) => {
    const bin = await scopedBin(actor, input.binId, tx);
    const product = await tx.product.findUnique({ where: { id: input.productId }, select: { id: true, sku: true } });
    if (!product) throw new AppError("validation", {}, { productId: "product_not_found" });
    const before = await lockedBalance(tx, product.id, bin.id);
    if (before.onHand + input.quantity < before.reserved) {
      throw new AppError("validation", { reserved: before.reserved }, { quantity: "inventory.below_reserved" });
    }
    const after = await applyMovement(tx, {
      productId: product.id,
      locationId: bin.id,
      type: "adjustment",
      quantity: input.quantity,
      reason: input.reason,
      actorId: actor.userId,
    });
    await writeAudit(tx, auditContext(actor), {
      action: "inventory.adjust",
      targetType: "StockBalance",
      targetId: `${product.id}:${bin.id}`,
      before,
      after: { ...after, sku: product.sku, bin: bin.code, quantity: input.quantity, reason: input.reason },
    });
    return after;
  });
}
