import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { reservedBinsOf } from "@/lib/inventory/ledger";
import { batchWhere, inBatchOrder } from "./load-batch";
import { groupPickList, type PickInput } from "./pick-path";

/**
 * Pick list of one order or a batch: what is still reserved for each order per (product,
 * bin), from the ledger, one line per bin and product with the split over the orders, sorted
 * along the pick path (bin pickOrder, then bin code). Orders already packed have nothing
 * left to pick.
 */
export async function getPickList(actor: Actor, ids: readonly string[]) {
  assertCan(actor, "packaging.pack");
  const { orderIds, where } = batchWhere(actor, ids);
  const orders = inBatchOrder(orderIds, await db.order.findMany({
    where, select: { id: true, code: true, state: true, warehouse: { select: { code: true, nameEn: true, nameAr: true } } },
  }));
  const items: PickInput[] = [];
  const reserved = await db.$transaction(async (tx) => Promise.all(orders.map(async (o) => ({ code: o.code, open: await reservedBinsOf(tx, o.id) }))));
  const productIds = [...new Set(reserved.flatMap((r) => r.open.map((x) => x.productId)))];
  const locationIds = [...new Set(reserved.flatMap((r) => r.open.map((x) => x.locationId)))];
  const [products, bins] = await Promise.all([
    db.product.findMany({ where: { id: { in: productIds } }, select: { id: true, sku: true, nameEn: true, nameAr: true } }),
    db.binLocation.findMany({ where: { id: { in: locationIds } }, select: { id: true, code: true, pickOrder: true } }),
  ]);
  const product = new Map(products.map((p) => [p.id, p]));
  const bin = new Map(bins.map((b) => [b.id, b]));
  for (const r of reserved) {
    for (const x of r.open) {
      const p = product.get(x.productId)!;
      const b = bin.get(x.locationId)!;
      items.push({ orderCode: r.code, productId: x.productId, sku: p.sku, nameEn: p.nameEn, nameAr: p.nameAr, locationId: x.locationId, binCode: b.code, pickOrder: b.pickOrder, quantity: x.quantity });
    }
  }
  const lines = groupPickList(items);
  return {
    orders: orders.map((o) => ({ id: o.id, code: o.code, state: o.state, warehouse: o.warehouse })),
    lines,
    totalUnits: lines.reduce((n, l) => n + l.quantity, 0),
  };
}
export type PickList = Awaited<ReturnType<typeof getPickList>>;
