import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { applyReturnFee } from "@/lib/finance/fees/order-fee";
import { discardUploads, recordUpload, storeUploads, type StoredUpload } from "@/lib/files/store-upload";
import { applyMovement } from "@/lib/inventory/ledger";
import { notify } from "@/lib/notifications/notify";
import { applyTransition } from "@/lib/orders/transition";
import type { OrderState } from "@/lib/orders/workflow";
import { BIN_KINDS_FOR, ZInspectReturnInput, type InspectReturnInput } from "./inspect-return.schema";
import { warehouseReturnScope } from "./scope";

const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

/**
 * The stock keeper inspects a received return, in ONE transaction: the return's conditional
 * update (status `received` + the version the keeper saw, so of two keepers inspecting at once
 * exactly one wins and the other gets `conflict`), the order's `receive_return` transition,
 * the stock (sellable → `return_to_stock` into an active storage/returns bin of the order's
 * warehouse, available again; damaged → `damage` into a damaged bin, never reserved from), one
 * movement per order line carrying the return and order ids, the photos (stored with the
 * order's seller so the seller sees its own return's photos), the refund recorded for finance
 * when one is due, the seller's notification and the audit row. Photo bytes are stored before
 * the transaction and removed again if it fails.
 */
export async function inspectReturn(
  actor: Actor,
  raw: InspectReturnInput,
): Promise<{ code: string; status: "inspected" }> {
  assertCan(actor, "returns.inspect");
  const input = parseOrThrow(ZInspectReturnInput, raw);
  const scope = warehouseReturnScope(actor);
  const seen = await db.return.findFirst({
    where: { AND: [{ id: input.returnId }, scope] },
    select: { id: true, sellerId: true },
  });
  if (!seen) throw new AppError("not_found");

  const photos: StoredUpload[] = await storeUploads("return_photo", `returns/${seen.sellerId}`, input.photos, "photos");
  const now = new Date();
  try {
    return await db.$transaction(async (tx) => {
      const claimed = await tx.return.updateMany({
        // Scalar columns only, so PostgreSQL re-checks them on the row it waited for.
        where: { id: seen.id, status: "received", version: input.version },
        data: {
          status: "inspected",
          inspectionResult: input.result,
          inspectionNotes: input.notes || null,
          inspectedById: actor.userId,
          inspectedAt: now,
          locationId: input.locationId,
          refundFils: input.refund,
          refundStatus: input.refundStatus,
          version: { increment: 1 },
        },
      });
      if (claimed.count !== 1) throw new AppError("conflict");

      const ret = await tx.return.findUniqueOrThrow({
        where: { id: seen.id },
        select: {
          code: true,
          sellerId: true,
          order: {
            select: {
              id: true,
              code: true,
              state: true,
              version: true,
              warehouseId: true,
              totalFils: true,
              seller: { select: { userId: true } },
              lines: { select: { productId: true, quantity: true } },
            },
          },
        },
      });
      const order = ret.order;
      if (input.refund > order.totalFils) throw new AppError("validation", {}, { refund: "refund_above_total" });
      const bin = await tx.binLocation.findFirst({
        where: {
          id: input.locationId,
          warehouseId: order.warehouseId ?? "",
          isActive: true,
          kind: { in: [...BIN_KINDS_FOR[input.result]] },
        },
        select: { id: true, code: true },
      });
      if (!bin || !order.warehouseId) throw new AppError("validation", {}, { locationId: "bin_invalid" });

      // The order row before the balance rows (the ledger's lock order).
      await applyTransition(tx, {
        order: { id: order.id, state: order.state as OrderState, version: order.version },
        transition: "receive_return",
        actor,
        now,
        data: { returnId: seen.id, result: input.result, locationId: bin.id },
      });
      // The order's fee: a never-delivered return is charged now (no COD fee), a delivered one gains the return fee.
      await applyReturnFee(tx, order.id, now);
      // Balance rows in productId order, so concurrent inspections of other returns cannot deadlock.
      const lines = [...order.lines].sort((a, b) =>
        a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0,
      );
      for (const line of lines) {
        await applyMovement(tx, {
          productId: line.productId,
          locationId: bin.id,
          type: input.result === "sellable" ? "return_to_stock" : "damage",
          quantity: line.quantity,
          orderId: order.id,
          returnId: seen.id,
          reason: `return:${ret.code}`,
          actorId: actor.userId,
        });
      }

      for (const photo of photos) {
        const file = await recordUpload(tx, photo, {
          purpose: "return_photo",
          sellerId: ret.sellerId,
          uploadedById: actor.userId,
        });
        await tx.returnPhoto.create({ data: { returnId: seen.id, fileId: file.id, createdAt: now } });
      }
      if (input.refundStatus === "pending") {
        await tx.refund.create({
          data: {
            returnId: seen.id,
            orderId: order.id,
            sellerId: ret.sellerId,
            amountFils: input.refund,
            status: "pending",
            createdById: actor.userId,
          },
        });
      }
      await notify(tx, {
        userId: order.seller.userId,
        type: "return_inspected",
        params: { code: ret.code },
        link: `/seller/returns/${seen.id}`,
      });
      await writeAudit(tx, auditContext(actor), {
        action: "returns.inspect",
        targetType: "Return",
        targetId: seen.id,
        before: { status: "received" },
        after: {
          code: ret.code,
          orderCode: order.code,
          result: input.result,
          bin: bin.code,
          units: lines.reduce((n, l) => n + l.quantity, 0),
          refundFils: input.refund,
          refundStatus: input.refundStatus,
          photos: photos.length,
        },
      });
      return { code: ret.code, status: "inspected" as const };
    }, TX_OPTIONS);
  } catch (e) {
    await discardUploads(photos);
    throw e;
  }
}
