import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/guards";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { applyMovement } from "./ledger";
import { retryBackordersOf } from "./retry-backorders";
import { scopedBin } from "./scope";
import { ZReceiveStockInput, type ReceiveStockFormInput } from "./stock.schema";

/**
 * Stock-in: a `receive` movement into an active, non-damaged bin of one of the actor's
 * warehouses. After the commit, back-orders waiting for this product are retried.
 */
export async function receiveStock(actor: Actor, raw: ReceiveStockFormInput) {
  assertCan(actor, "inventory.receive");
  const input = parseOrThrow(ZReceiveStockInput, raw);
  const balance = await db.$transaction(async (tx) => {
    const bin = await scopedBin(actor, input.binId, tx);
    if (!bin.isActive || !bin.warehouse.isActive || bin.kind === "damaged") {
      throw new AppError("validation", {}, { binId: "inventory.bin_not_receivable" });
    }
    const product = await tx.product.findUnique({
      where: { id: input.productId },
      select: { id: true, approval: true },
    });
    if (!product) throw new AppError("validation", {}, { productId: "product_not_found" });
    if (product.approval !== "approved") throw new AppError("validation", {}, { productId: "product_not_orderable" });
    return applyMovement(tx, {
      productId: product.id,
      locationId: bin.id,
      type: "receive",
      quantity: input.quantity,
      reason: input.note || null,
      actorId: actor.userId,
    });
  });
  let backorders = { reserved: 0, stillShort: 0 };
  try {
    backorders = await retryBackordersOf(input.productId);
  } catch (e) {
    // The receipt is committed either way; the call-center manager can still retry by hand.
    console.error("[inventory] back-order retry after receipt failed", e);
  }
  return { onHand: balance.onHand, reserved: balance.reserved, backordersReserved: backorders.reserved };
}
