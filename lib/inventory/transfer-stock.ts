import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/guards";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { transferStock } from "./ledger";
import { scopedBin } from "./scope";
import { ZTransferStockInput, type TransferStockFormInput } from "./stock.schema";

/**
 * Moves units between two bins of the same warehouse (transfer_out + transfer_in sharing a
 * transferGroupId). Only available units (onHand − reserved) of the source can move.
 */
export async function transferBetweenBins(actor: Actor, raw: TransferStockFormInput) {
  assertCan(actor, "inventory.transfer");
  const input = parseOrThrow(ZTransferStockInput, raw);
  return db.$transaction(async (tx) => {
    const from = await scopedBin(actor, input.fromBinId, tx);
    const to = await scopedBin(actor, input.toBinId, tx);
    if (from.warehouseId !== to.warehouseId)
      throw new AppError("validation", {}, { toBinId: "inventory.other_warehouse" });
    if (!to.isActive) throw new AppError("validation", {}, { toBinId: "inventory.bin_inactive" });
    if (!(await tx.product.findUnique({ where: { id: input.productId }, select: { id: true } }))) {
      throw new AppError("validation", {}, { productId: "product_not_found" });
    }
    const transferGroupId = randomUUID();
    const r = await transferStock(tx, {
      productId: input.productId,
      fromLocationId: from.id,
      toLocationId: to.id,
      quantity: input.quantity,
      actorId: actor.userId,
      reason: input.note || null,
      transferGroupId,
    });
    // Short at the source: a field error, and the transaction (with the empty destination row it may have created) rolls back.
    if (!r.ok)
      throw new AppError("validation", { available: r.available }, { quantity: "inventory.exceeds_available" });
    return { transferGroupId, from: r.from, to: r.to };
  });
}
