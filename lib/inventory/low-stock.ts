import "server-only";
// Low-stock alerts, kept right by the ledger itself: after every movement (receive, adjust,
// reserve, release, pick, transfer…) the touched (product, warehouse) pairs are re-evaluated
// in the same transaction. A product is low in a warehouse when its available stock there
// (onHand − reserved over the active storage bins) is below Product.minStock. At most one
// alert is open per product and warehouse (partial unique index); it opens when the product
// drops below the minimum (the stock keepers of that warehouse are notified once) and is
// resolved when it recovers or the minimum is cleared.
//
// Serialization: a transaction-scoped advisory lock per (product, warehouse), taken after the
// balance rows are locked and in a fixed order, so two writers of the same pair evaluate one
// after the other and the later one sees the earlier one's committed balances.
import { Prisma, type Tx } from "@/lib/db/client";
import { notifyHolders } from "@/lib/notifications/notify";

export type ProductWarehouse = { productId: string; warehouseId: string };

const pairKey = (p: ProductWarehouse) => `low-stock:${p.productId}:${p.warehouseId}`;

/** Re-evaluates the alerts of the (product, warehouse) pairs of these balance keys. */
export async function syncLowStockForLocations(
  tx: Tx,
  keys: ReadonlyArray<{ productId: string; locationId: string }>,
): Promise<void> {
  if (keys.length === 0) return;
  const locationIds = [...new Set(keys.map((k) => k.locationId))];
  const bins = await tx.binLocation.findMany({
    where: { id: { in: locationIds } },
    select: { id: true, warehouseId: true },
  });
  const warehouseOf = new Map(bins.map((b) => [b.id, b.warehouseId]));
  const pairs: ProductWarehouse[] = [];
  for (const k of keys) {
    const warehouseId = warehouseOf.get(k.locationId);
    if (warehouseId) pairs.push({ productId: k.productId, warehouseId });
  }
  await syncLowStock(tx, pairs);
}

/** Opens, keeps or resolves the alert of each (product, warehouse) pair; returns the alerts opened. */
export async function syncLowStock(tx: Tx, rawPairs: ReadonlyArray<ProductWarehouse>): Promise<number> {
  const all = new Map(rawPairs.map((p) => [pairKey(p), p]));
  if (all.size === 0) return 0;
  // Hot path (every reservation runs through here): only products with a minimum, or with an
  // alert still open in that warehouse, can change anything. The rest skip the locks. A
  // minimum set later evaluates its product itself (set-stock-levels).
  const relevant = await tx.$queryRaw<Array<{ productId: string; warehouseId: string }>>`
    SELECT p."productId", p."warehouseId"
    FROM unnest(${[...all.values()].map((p) => p.productId)}::text[], ${[...all.values()].map((p) => p.warehouseId)}::text[]) AS p("productId", "warehouseId")
    JOIN "Product" pr ON pr."id" = p."productId"
    WHERE pr."minStock" IS NOT NULL
       OR EXISTS (SELECT 1 FROM "LowStockAlert" a WHERE a."productId" = p."productId" AND a."warehouseId" = p."warehouseId" AND a."resolvedAt" IS NULL)`;
  const unique = new Map(relevant.map((p) => [pairKey(p), p]));
  if (unique.size === 0) return 0;
  // Lock ids in ascending order (the same order in every transaction: no lock cycles).
  const locks = await tx.$queryRaw<Array<{ key: string; lockId: bigint }>>`
    SELECT k AS "key", hashtextextended(k, 0) AS "lockId"
    FROM unnest(${[...unique.keys()]}::text[]) AS k
    ORDER BY 2, 1`;
  const done = new Set<bigint>();
  for (const l of locks) {
    if (done.has(l.lockId)) continue;
    done.add(l.lockId);
    await tx.$queryRaw`SELECT 1 AS "ok" FROM pg_advisory_xact_lock(${l.lockId}::bigint)`;
  }
  let opened = 0;
  for (const l of locks) {
    if (await evaluate(tx, unique.get(l.key)!)) opened += 1;
  }
  return opened;
}

type State = { sku: string; minStock: number | null; available: number; openId: string | null };

async function evaluate(tx: Tx, p: ProductWarehouse): Promise<boolean> {
  const rows = await tx.$queryRaw<State[]>`
    SELECT pr."sku", pr."minStock",
      COALESCE((
        SELECT SUM(sb."onHand" - sb."reserved") FROM "StockBalance" sb
        JOIN "BinLocation" b ON b."id" = sb."locationId"
        WHERE sb."productId" = pr."id" AND b."warehouseId" = ${p.warehouseId} AND b."kind" = 'storage' AND b."isActive"
      ), 0)::int AS "available",
      (SELECT a."id" FROM "LowStockAlert" a
        WHERE a."productId" = pr."id" AND a."warehouseId" = ${p.warehouseId} AND a."resolvedAt" IS NULL LIMIT 1) AS "openId"
    FROM "Product" pr WHERE pr."id" = ${p.productId}`;
  const s = rows[0];
  if (!s) return false;
  const low = s.minStock !== null && s.available < s.minStock;
  if (!low) {
    if (s.openId)
      await tx.lowStockAlert.update({
        where: { id: s.openId },
        data: { resolvedAt: new Date(), availableQty: s.available },
      });
    return false;
  }
  if (s.openId) {
    await tx.lowStockAlert.update({
      where: { id: s.openId },
      data: { availableQty: s.available, minStock: s.minStock! },
    });
    return false;
  }
  await tx.lowStockAlert.create({
    data: { productId: p.productId, warehouseId: p.warehouseId, availableQty: s.available, minStock: s.minStock! },
  });
  // The stock keepers who can receive into this warehouse hear about it, once per alert.
  await notifyHolders(
    tx,
    "inventory.receive",
    { type: "low_stock", params: { sku: s.sku }, link: "/warehouse/inventory/low-stock" },
    { warehouses: { some: { warehouseId: p.warehouseId } } },
  );
  return true;
}

/** Every warehouse where the product has (or had) a balance row or an open alert. */
export async function warehousesOfProduct(tx: Tx, productId: string): Promise<ProductWarehouse[]> {
  const rows = await tx.$queryRaw<Array<{ warehouseId: string }>>(Prisma.sql`
    SELECT DISTINCT b."warehouseId" FROM "StockBalance" sb JOIN "BinLocation" b ON b."id" = sb."locationId"
    WHERE sb."productId" = ${productId}
    UNION
    SELECT a."warehouseId" FROM "LowStockAlert" a WHERE a."productId" = ${productId} AND a."resolvedAt" IS NULL AND a."warehouseId" IS NOT NULL`);
  return rows.map((r) => ({ productId, warehouseId: r.warehouseId }));
}
