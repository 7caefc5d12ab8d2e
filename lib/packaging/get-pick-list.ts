import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { reservedBinLines } from "./bins";
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
  const orders = inBatchOrder(
    orderIds,
    await db.order.findMany({
      where,
      select: { id: true, code: true, state: true, warehouse: { select: { code: true, nameEn: true, nameAr: true } } },
    }),
  );
  const open = await reservedBinLines(db, orderIds);
  const products = await db.product.findMany({
    where: { id: { in: [...new Set(open.map((x) => x.productId))] } },
    select: { id: true, sku: true, nameEn: true, nameAr: true },
  });
  const product = new Map(products.map((p) => [p.id, p]));
  const code = new Map(orders.map((o) => [o.id, o.code]));
  const items: PickInput[] = open.map((x) => {
    const p = product.get(x.productId)!;
    return {
      orderCode: code.get(x.orderId)!,
      productId: x.productId,
      sku: p.sku,
      nameEn: p.nameEn,
      nameAr: p.nameAr,
      locationId: x.locationId,
      binCode: x.binCode,
      pickOrder: x.pickOrder,
      quantity: x.quantity,
    };
  });
  const lines = groupPickList(items);
  return {
    orders: orders.map((o) => ({ id: o.id, code: o.code, state: o.state, warehouse: o.warehouse })),
    lines,
    totalUnits: lines.reduce((n, l) => n + l.quantity, 0),
  };
}
export type PickList = Awaited<ReturnType<typeof getPickList>>;
