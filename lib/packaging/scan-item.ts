import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { AppError } from "@/lib/errors";
import { ZScanInput, type ScanInput } from "./packing.schema";
import { currentPackingRecord, lockPackingOrder, scannedByLine } from "./packing-order";

export type ScanRefusal = "wrong_item" | "over_scan" | "restart_required";
export type LineProgress = { lineId: string; scanned: number; needed: number };
export type ScanResult =
  | { ok: true; lineId: string; sku: string; lines: LineProgress[]; allScanned: boolean }
  | { ok: false; reason: ScanRefusal; code: string; lines: LineProgress[] };

/**
 * Scan-to-verify one unit: the scanned code must be the barcode or SKU of one of the order's
 * products, and that line must still be short. A wrong item or an over-scan is refused and
 * nothing is written (the packer hears and sees it); a match records one PackingScan on the
 * current packing record. Scans of one order queue on the order row, so two scanners cannot
 * together exceed a line's quantity.
 */
export async function scanItem(actor: Actor, raw: ScanInput): Promise<ScanResult> {
  assertCan(actor, "packaging.pack");
  const input = parseOrThrow(ZScanInput, raw);
  return db.$transaction(async (tx) => {
    const order = await lockPackingOrder(tx, actor, input.orderId, input.version);
    if (order.state !== "packaging_in_progress") throw new AppError("order_changed");
    const record = await currentPackingRecord(tx, order.id);
    if (!record) throw new AppError("order_changed");

    const lines = await tx.orderLine.findMany({
      where: { orderId: order.id },
      orderBy: { id: "asc" },
      select: { id: true, productId: true, quantity: true, product: { select: { sku: true, barcode: true } } },
    });
    const scanned = await scannedByLine(tx, record.id);
    const progress = (): LineProgress[] =>
      lines.map((l) => ({ lineId: l.id, scanned: scanned.get(l.id) ?? 0, needed: l.quantity }));
    if (record.qcPassed === false)
      return { ok: false, reason: "restart_required", code: input.code, lines: progress() };

    const code = input.code.toUpperCase();
    const matching = lines.filter(
      (l) => l.product.barcode.toUpperCase() === code || l.product.sku.toUpperCase() === code,
    );
    if (!matching.length) return { ok: false, reason: "wrong_item", code: input.code, lines: progress() };
    const line = matching.find((l) => (scanned.get(l.id) ?? 0) < l.quantity);
    if (!line) return { ok: false, reason: "over_scan", code: input.code, lines: progress() };

    await tx.packingScan.create({
      data: {
        packingRecordId: record.id,
        orderLineId: line.id,
        productId: line.productId,
        barcode: input.code,
        quantity: 1,
        scannedById: actor.userId,
      },
    });
    scanned.set(line.id, (scanned.get(line.id) ?? 0) + 1);
    const lp = progress();
    return {
      ok: true,
      lineId: line.id,
      sku: line.product.sku,
      lines: lp,
      allScanned: lp.every((l) => l.scanned >= l.needed),
    };
  });
}
