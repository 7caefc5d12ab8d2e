import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { lockOrderVersion, type OrderVersion } from "@/lib/orders/transition";
import { packingScope } from "./scope";

/**
 * The order row of a packaging write: in the actor's packing scope (else not_found), then
 * locked and checked against the version the packer's screen showed. Scans, details and QC
 * do not bump the version, so they serialize here without invalidating each other; a
 * completion or a restart does, and anything still in flight then fails as order_changed.
 */
export async function lockPackingOrder(tx: Tx, actor: Actor, orderId: string, version: number): Promise<OrderVersion> {
  const found = await tx.order.findFirst({
    where: { AND: [packingScope(actor), { id: orderId }] },
    select: { id: true },
  });
  if (!found) throw new AppError("not_found");
  return lockOrderVersion(tx, orderId, version);
}

/** The packing record in use: the latest one of the order (a restart opens a new one). */
export async function currentPackingRecord(tx: Tx, orderId: string) {
  return tx.packingRecord.findFirst({ where: { orderId }, orderBy: [{ startedAt: "desc" }, { id: "desc" }] });
}

/** Scanned units per order line within one packing record. */
export async function scannedByLine(tx: Tx, packingRecordId: string): Promise<Map<string, number>> {
  const groups = await tx.packingScan.groupBy({
    by: ["orderLineId"],
    where: { packingRecordId },
    _sum: { quantity: true },
  });
  return new Map(groups.filter((g) => g.orderLineId).map((g) => [g.orderLineId as string, g._sum.quantity ?? 0]));
}

/** Every line of the order fully scanned on this packing record, else a form error (QC and completion need it). */
export async function assertAllScanned(tx: Tx, orderId: string, packingRecordId: string): Promise<void> {
  const lines = await tx.orderLine.findMany({ where: { orderId }, select: { id: true, quantity: true } });
  const scanned = await scannedByLine(tx, packingRecordId);
  if (lines.some((l) => (scanned.get(l.id) ?? 0) !== l.quantity))
    throw new AppError("validation", {}, { _form: "packaging.scan_incomplete" });
}
