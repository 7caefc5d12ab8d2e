import "server-only";
// The stock ledger: every change of stock is one StockMovement (append-only) plus the matching
// update of its StockBalance row, in the caller's transaction. Nothing else writes either table.
//
// Lock order (so concurrent writers cannot deadlock): the Order row first (order reservations
// and releases), then StockBalance rows by (productId, locationId), then (once per ledger
// operation, after its movements) the low-stock advisory locks of the touched
// (product, warehouse) pairs (lib/inventory/low-stock.ts), which keep LowStockAlert right.
import { Prisma, type Db, type Tx } from "@/lib/db/client";
import type { StockMovementType } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { planAllocation, sumDemand, type BinStock } from "./allocate";
import { syncLowStockForLocations } from "./low-stock";

export type Shortage = { productId: string; sku: string; requested: number; available: number };
export type ReserveResult = { ok: true; warehouseId: string } | { ok: false; shortages: Shortage[] };

export type MovementInput = {
  productId: string;
  locationId: string;
  type: StockMovementType;
  /** Signed effect (see the StockMovement model): on `reserved` for reserve/release, on both for pick, else on `onHand`. */
  quantity: number;
  orderId?: string | null;
  reason?: string | null;
  actorId: string | null;
  transferGroupId?: string | null;
  returnId?: string | null;
};

type BalanceRow = { onHand: number; reserved: number };

// Types whose direction is fixed; the others (adjustment, count_correction, damage) take either sign.
const SIGN: Partial<Record<StockMovementType, 1 | -1>> = {
  receive: 1,
  reserve: 1,
  release: -1,
  pick: -1,
  return_to_stock: 1,
  transfer_in: 1,
  transfer_out: -1,
};

/** The balance after applying a movement of `type` and signed `quantity` to `b`. */
function effect(b: BalanceRow, type: StockMovementType, quantity: number): BalanceRow {
  if (type === "reserve" || type === "release") return { onHand: b.onHand, reserved: b.reserved + quantity };
  if (type === "pick") return { onHand: b.onHand + quantity, reserved: b.reserved + quantity };
  return { onHand: b.onHand + quantity, reserved: b.reserved };
}

const withinBounds = (b: BalanceRow) => b.onHand >= 0 && b.reserved >= 0 && b.reserved <= b.onHand;

async function lockBalance(tx: Tx, productId: string, locationId: string): Promise<BalanceRow | null> {
  const rows = await tx.$queryRaw<BalanceRow[]>`
    SELECT "onHand", "reserved" FROM "StockBalance"
    WHERE "productId" = ${productId} AND "locationId" = ${locationId}
    FOR UPDATE`;
  return rows[0] ? { onHand: Number(rows[0].onHand), reserved: Number(rows[0].reserved) } : null;
}

/** Locks the given balance rows (those that exist) in (productId, locationId) order. */
async function lockBalances(tx: Tx, keys: ReadonlyArray<{ productId: string; locationId: string }>): Promise<void> {
  if (keys.length === 0) return;
  const tuples = Prisma.join(keys.map((k) => Prisma.sql`(${k.productId}, ${k.locationId})`));
  await tx.$queryRaw`
    SELECT 1 FROM "StockBalance"
    WHERE ("productId", "locationId") IN (${tuples})
    ORDER BY "productId", "locationId"
    FOR UPDATE`;
}

/**
 * Locks the order row (serializes reservations/releases of one order); not_found if missing.
 * NO KEY UPDATE, like a plain UPDATE of the order: rows referencing the order (movements,
 * events) can still be inserted by others meanwhile.
 */
async function lockOrder(tx: Tx, orderId: string): Promise<{ emirate: string }> {
  const rows = await tx.$queryRaw<Array<{ emirate: string }>>`
    SELECT "emirate"::text AS "emirate" FROM "Order" WHERE "id" = ${orderId} FOR NO KEY UPDATE`;
  if (!rows[0]) throw new AppError("not_found");
  return rows[0];
}

/**
 * Generic single movement on one (product, location): locks (creating it when needed) the
 * balance row, applies the signed effect, refuses with `conflict` anything that would make
 * onHand < 0, reserved < 0 or reserved > onHand (the CHECK constraints stay as a backstop), and
 * appends the StockMovement with the resulting onHandAfter/reservedAfter. Must run inside the
 * caller's transaction. Returns the new balance.
 */
export async function applyMovement(tx: Tx, m: MovementInput): Promise<{ onHand: number; reserved: number }> {
  const next = await writeMovement(tx, m);
  await syncLowStockForLocations(tx, [m]);
  return next;
}

/** applyMovement without the low-stock pass (callers run it once for all their movements). */
async function writeMovement(tx: Tx, m: MovementInput): Promise<{ onHand: number; reserved: number }> {
  if (!Number.isInteger(m.quantity) || m.quantity === 0) throw new AppError("validation");
  const sign = SIGN[m.type];
  if (sign !== undefined && Math.sign(m.quantity) !== sign) throw new AppError("validation");

  let current = await lockBalance(tx, m.productId, m.locationId);
  if (!current) {
    // Refuse before inserting anything: a failed movement leaves no trace.
    if (!withinBounds(effect({ onHand: 0, reserved: 0 }, m.type, m.quantity))) throw new AppError("conflict");
    await tx.$executeRaw`
      INSERT INTO "StockBalance" ("productId", "locationId", "onHand", "reserved", "version", "updatedAt")
      VALUES (${m.productId}, ${m.locationId}, 0, 0, 0, now())
      ON CONFLICT ("productId", "locationId") DO NOTHING`;
    current = await lockBalance(tx, m.productId, m.locationId);
    if (!current) throw new Error("applyMovement: balance row vanished");
  }

  const next = effect(current, m.type, m.quantity);
  if (!withinBounds(next)) throw new AppError("conflict");

  await tx.stockBalance.update({
    where: { productId_locationId: { productId: m.productId, locationId: m.locationId } },
    data: { onHand: next.onHand, reserved: next.reserved, version: { increment: 1 } },
  });
  await tx.stockMovement.create({
    data: {
      productId: m.productId,
      locationId: m.locationId,
      type: m.type,
      quantity: m.quantity,
      onHandAfter: next.onHand,
      reservedAfter: next.reserved,
      orderId: m.orderId ?? null,
      reason: m.reason ?? null,
      actorId: m.actorId,
      transferGroupId: m.transferGroupId ?? null,
      returnId: m.returnId ?? null,
    },
  });
  return next;
}

type CandidateRow = {
  productId: string;
  locationId: string;
  onHand: number;
  reserved: number;
  warehouseId: string;
  warehouseCode: string;
  warehouseEmirate: string;
  binCode: string;
  pickOrder: number;
};

/**
 * Reserves every line of the order in ONE warehouse (must run inside the caller's
 * transaction). Sellable stock = active storage bins of active warehouses. The candidate
 * balance rows are locked FOR UPDATE in (productId, locationId) order and availability is
 * computed from those fresh rows, so concurrent confirmations cannot oversell or deadlock.
 * The warehouse is one that can serve every line completely (the order's emirate first, then
 * by code); each product is taken from its bins by pickOrder, then code.
 *
 * On success: one `reserve` movement per (product, bin), Order.warehouseId set; the order's
 * state is left to the caller. On a shortage nothing is written and the shortages are
 * returned. An order that still holds a reservation is a `conflict` (release it first).
 */
export async function reserveOrderStock(
  tx: Tx,
  args: { orderId: string; actorId: string | null },
): Promise<ReserveResult> {
  const order = await lockOrder(tx, args.orderId);
  const lines = await tx.orderLine.findMany({
    where: { orderId: args.orderId },
    select: { productId: true, quantity: true, product: { select: { sku: true } } },
  });
  if (lines.length === 0 || lines.some((l) => !Number.isInteger(l.quantity) || l.quantity <= 0))
    throw new AppError("validation");
  if ((await outstandingReservations(tx, args.orderId)).length > 0) throw new AppError("conflict");

  const demand = sumDemand(lines);
  const skus = new Map(lines.map((l) => [l.productId, l.product.sku]));
  const productIds = demand.map((d) => d.productId);

  // Lock every sellable balance row of these products, in key order; the row values returned
  // are the latest committed ones (a waiting lock re-reads the row it got).
  const rows = await tx.$queryRaw<CandidateRow[]>`
    SELECT sb."productId", sb."locationId", sb."onHand", sb."reserved",
           w."id" AS "warehouseId", w."code" AS "warehouseCode", w."emirate"::text AS "warehouseEmirate",
           b."code" AS "binCode", b."pickOrder"
    FROM "StockBalance" sb
    JOIN "BinLocation" b ON b."id" = sb."locationId"
    JOIN "Warehouse" w ON w."id" = b."warehouseId"
    WHERE sb."productId" = ANY(${productIds}::text[])
      AND b."kind" = 'storage' AND b."isActive" AND w."isActive"
      AND sb."onHand" > sb."reserved"
    ORDER BY sb."productId", sb."locationId"
    FOR UPDATE OF sb`;
  const stock: BinStock[] = rows.map((r) => ({
    productId: r.productId,
    locationId: r.locationId,
    warehouseId: r.warehouseId,
    warehouseCode: r.warehouseCode,
    warehouseEmirate: r.warehouseEmirate,
    binCode: r.binCode,
    pickOrder: Number(r.pickOrder),
    available: Number(r.onHand) - Number(r.reserved),
  }));

  const plan = planAllocation(demand, stock, { preferredEmirate: order.emirate });
  if (!plan.ok) {
    return { ok: false, shortages: plan.shortages.map((s) => ({ ...s, sku: skus.get(s.productId) ?? "" })) };
  }
  for (const a of plan.allocations) {
    await writeMovement(tx, {
      productId: a.productId,
      locationId: a.locationId,
      type: "reserve",
      quantity: a.quantity,
      orderId: args.orderId,
      actorId: args.actorId,
    });
  }
  await syncLowStockForLocations(tx, plan.allocations);
  await tx.order.update({ where: { id: args.orderId }, data: { warehouseId: plan.warehouseId } });
  return { ok: true, warehouseId: plan.warehouseId };
}

/** Units still reserved for the order per (product, location): reserve +q, release −q, pick −q. */
async function outstandingReservations(tx: Tx, orderId: string) {
  return (await reservedBinsOf(tx, [orderId])).map(({ productId, locationId, quantity }) => ({
    productId,
    locationId,
    quantity,
  }));
}

/**
 * Releases whatever is still reserved for the order (net of its reserve, release and pick
 * movements), one `release` movement per (product, location). Must run inside the caller's
 * transaction; returns the units released (0 when nothing is reserved, e.g. a second release).
 */
export async function releaseOrderStock(
  tx: Tx,
  args: { orderId: string; actorId: string | null; reason: string },
): Promise<number> {
  await lockOrder(tx, args.orderId);
  const open = await outstandingReservations(tx, args.orderId);
  if (open.length === 0) return 0;
  await lockBalances(tx, open);
  let released = 0;
  for (const r of open) {
    await writeMovement(tx, {
      productId: r.productId,
      locationId: r.locationId,
      type: "release",
      quantity: -r.quantity,
      orderId: args.orderId,
      reason: args.reason,
      actorId: args.actorId,
    });
    released += r.quantity;
  }
  await syncLowStockForLocations(tx, open);
  return released;
}

/**
 * Packing consumes exactly what is still reserved for the order: one `pick` movement per
 * (product, location) of its outstanding reservation (onHand −q and reserved −q). Must run
 * inside the caller's transaction; returns the units picked. An order whose reservation does
 * not cover its lines (released, or never reserved) is a `conflict`: nothing is written.
 */
export async function consumeOrderReservation(
  tx: Tx,
  args: { orderId: string; actorId: string | null },
): Promise<number> {
  await lockOrder(tx, args.orderId);
  const open = await outstandingReservations(tx, args.orderId);
  const lines = await tx.orderLine.findMany({
    where: { orderId: args.orderId },
    select: { productId: true, quantity: true },
  });
  const need = new Map<string, number>();
  for (const l of lines) need.set(l.productId, (need.get(l.productId) ?? 0) + l.quantity);
  const held = new Map<string, number>();
  for (const r of open) held.set(r.productId, (held.get(r.productId) ?? 0) + r.quantity);
  if (need.size === 0 || [...need].some(([p, q]) => held.get(p) !== q) || held.size !== need.size)
    throw new AppError("conflict");
  await lockBalances(tx, open);
  let picked = 0;
  for (const r of open) {
    await writeMovement(tx, {
      productId: r.productId,
      locationId: r.locationId,
      type: "pick",
      quantity: -r.quantity,
      orderId: args.orderId,
      actorId: args.actorId,
    });
    picked += r.quantity;
  }
  await syncLowStockForLocations(tx, open);
  return picked;
}

/**
 * Outstanding reservation per (order, product, bin) of these orders, net of their reserve,
 * release and pick movements, in one query (pick lists and slips read it to say where to pick).
 */
export async function reservedBinsOf(client: Db, orderIds: readonly string[]) {
  const groups = await client.stockMovement.groupBy({
    by: ["orderId", "productId", "locationId"],
    where: { orderId: { in: [...orderIds] }, type: { in: ["reserve", "release", "pick"] } },
    _sum: { quantity: true },
    orderBy: [{ orderId: "asc" }, { productId: "asc" }, { locationId: "asc" }],
  });
  return groups
    .map((g) => ({
      orderId: g.orderId as string,
      productId: g.productId,
      locationId: g.locationId,
      quantity: g._sum.quantity ?? 0,
    }))
    .filter((g) => g.quantity > 0);
}

/**
 * Moves `quantity` units of a product from one bin to another: a transfer_out and a
 * transfer_in row sharing `transferGroupId`, in the caller's transaction. Both balance rows
 * are locked up front in key order (the destination row is created when missing), so a
 * concurrent writer of either bin cannot deadlock with it. When the source does not have that
 * many available units (onHand − reserved) nothing is moved and the available count is
 * returned (short stock is a result, not an exception).
 */
export async function transferStock(
  tx: Tx,
  t: {
    productId: string;
    fromLocationId: string;
    toLocationId: string;
    quantity: number;
    actorId: string | null;
    reason?: string | null;
    transferGroupId: string;
  },
): Promise<{ ok: true; from: BalanceRow; to: BalanceRow } | { ok: false; available: number }> {
  if (!Number.isInteger(t.quantity) || t.quantity <= 0 || t.fromLocationId === t.toLocationId)
    throw new AppError("validation");
  await tx.$executeRaw`
    INSERT INTO "StockBalance" ("productId", "locationId", "onHand", "reserved", "version", "updatedAt")
    VALUES (${t.productId}, ${t.toLocationId}, 0, 0, 0, now())
    ON CONFLICT ("productId", "locationId") DO NOTHING`;
  const keys = [
    { productId: t.productId, locationId: t.fromLocationId },
    { productId: t.productId, locationId: t.toLocationId },
  ];
  await lockBalances(tx, keys);
  const source = (await lockBalance(tx, t.productId, t.fromLocationId)) ?? { onHand: 0, reserved: 0 };
  if (source.onHand - source.reserved < t.quantity) return { ok: false, available: source.onHand - source.reserved };
  const common = {
    productId: t.productId,
    actorId: t.actorId,
    reason: t.reason ?? null,
    transferGroupId: t.transferGroupId,
  };
  const from = await writeMovement(tx, {
    ...common,
    locationId: t.fromLocationId,
    type: "transfer_out",
    quantity: -t.quantity,
  });
  const to = await writeMovement(tx, {
    ...common,
    locationId: t.toLocationId,
    type: "transfer_in",
    quantity: t.quantity,
  });
  await syncLowStockForLocations(tx, keys);
  return { ok: true, from, to };
}

/** The balance row of (product, location) locked FOR UPDATE for the rest of the transaction (zeros when absent). */
export async function lockedBalance(tx: Tx, productId: string, locationId: string): Promise<BalanceRow> {
  return (await lockBalance(tx, productId, locationId)) ?? { onHand: 0, reserved: 0 };
}
