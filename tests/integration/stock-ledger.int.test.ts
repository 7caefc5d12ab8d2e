// The stock ledger (lib/inventory/ledger.ts): reservations on confirmation, releases on
// cancellation, the generic movement, and the invariants that must hold under concurrency.
import { beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  applyMovement,
  consumeOrderReservation,
  releaseOrderStock,
  reserveOrderStock,
  type ReserveResult,
} from "@/lib/inventory/ledger";
import { seed } from "@/prisma/seed";
import { createProduct, createSeller, createUser } from "../support/factories";
import {
  TX_OPTIONS,
  balanceOf,
  createBin,
  createOrderWithLines,
  createWarehouse,
  move,
  movementsOf,
  receiveStock,
  release,
  reserve,
} from "../support/stock";

let sellerId: string;
let createdById: string;
let actorId: string;

const code = (prefix: string) => `${prefix}-${randomBytes(3).toString("hex").toUpperCase()}`;
const newProduct = async () => createProduct(sellerId);
const order = (
  lines: Array<{ productId: string; quantity: number }>,
  opts: Parameters<typeof createOrderWithLines>[3] = {},
) => createOrderWithLines(sellerId, createdById, lines, opts);

/** A warehouse with one storage bin holding `qty` of the product. */
async function stocked(productId: string, qty: number, opts: Parameters<typeof createWarehouse>[0] = {}) {
  const warehouse = await createWarehouse(opts);
  const bin = await createBin(warehouse.id);
  if (qty > 0) await receiveStock(productId, bin.id, qty);
  return { warehouse, bin };
}

const expectConflict = async (p: Promise<unknown>, code: string = "conflict") => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
};

beforeAll(async () => {
  const { user, profile } = await createSeller();
  sellerId = profile.id;
  createdById = user.id;
  actorId = (await createUser({ role: "callcenter_agent" })).id;
});

describe("reserve and release", () => {
  it("reserves an order, records the movement and the warehouse, leaves the state alone", async () => {
    const p = await newProduct();
    const { warehouse, bin } = await stocked(p.id, 10);
    const o = await order([{ productId: p.id, quantity: 3 }]);

    expect(await reserve(o.id, actorId)).toEqual({ ok: true, warehouseId: warehouse.id });
    expect(await balanceOf(p.id, bin.id)).toEqual({ onHand: 10, reserved: 3 });
    const rows = await movementsOf({ orderId: o.id });
    expect(
      rows.map((m) => ({
        type: m.type,
        quantity: m.quantity,
        onHandAfter: m.onHandAfter,
        reservedAfter: m.reservedAfter,
        locationId: m.locationId,
        actorId: m.actorId,
      })),
    ).toEqual([{ type: "reserve", quantity: 3, onHandAfter: 10, reservedAfter: 3, locationId: bin.id, actorId }]);
    const after = await db.order.findUniqueOrThrow({ where: { id: o.id } });
    expect(after.warehouseId).toBe(warehouse.id);
    expect(after.state).toBe(o.state);
    expect(after.version).toBe(o.version);
  });

  it("releases exactly what was reserved, and a second release releases 0", async () => {
    const p = await newProduct();
    const { bin } = await stocked(p.id, 10);
    const o = await order([{ productId: p.id, quantity: 4 }]);
    await reserve(o.id, actorId);

    expect(await release(o.id, actorId, "customer cancelled")).toBe(4);
    expect(await balanceOf(p.id, bin.id)).toEqual({ onHand: 10, reserved: 0 });
    const rows = await movementsOf({ orderId: o.id });
    expect(rows.at(-1)).toMatchObject({
      type: "release",
      quantity: -4,
      onHandAfter: 10,
      reservedAfter: 0,
      reason: "customer cancelled",
      actorId,
    });

    const count = await db.stockMovement.count();
    expect(await release(o.id, actorId)).toBe(0);
    expect(await db.stockMovement.count()).toBe(count);
    expect(await balanceOf(p.id, bin.id)).toEqual({ onHand: 10, reserved: 0 });
  });

  it("releasing an order that never reserved releases 0", async () => {
    const p = await newProduct();
    const o = await order([{ productId: p.id, quantity: 1 }]);
    expect(await release(o.id)).toBe(0);
  });

  it("sums repeated lines of one product and splits them across bins by pickOrder", async () => {
    const p = await newProduct();
    const warehouse = await createWarehouse();
    const a = await createBin(warehouse.id, { code: "A-01", pickOrder: 20 });
    const b = await createBin(warehouse.id, { code: "B-01", pickOrder: 10 });
    await receiveStock(p.id, a.id, 4);
    await receiveStock(p.id, b.id, 2);
    const o = await order([
      { productId: p.id, quantity: 2 },
      { productId: p.id, quantity: 3 },
    ]);

    expect(await reserve(o.id)).toEqual({ ok: true, warehouseId: warehouse.id });
    const rows = await movementsOf({ orderId: o.id });
    expect(rows.map((m) => [m.locationId, m.quantity])).toEqual([
      [b.id, 2],
      [a.id, 3],
    ]);
    expect(await balanceOf(p.id, b.id)).toEqual({ onHand: 2, reserved: 2 });
    expect(await balanceOf(p.id, a.id)).toEqual({ onHand: 4, reserved: 3 });

    expect(await release(o.id)).toBe(5);
    expect(await balanceOf(p.id, a.id)).toEqual({ onHand: 4, reserved: 0 });
    expect(await balanceOf(p.id, b.id)).toEqual({ onHand: 2, reserved: 0 });
  });

  it("release nets out picked units (only the rest goes back)", async () => {
    const p = await newProduct();
    const { bin } = await stocked(p.id, 10);
    const o = await order([{ productId: p.id, quantity: 5 }]);
    await reserve(o.id);
    await db.$transaction((tx) =>
      applyMovement(tx, {
        productId: p.id,
        locationId: bin.id,
        type: "pick",
        quantity: -2,
        orderId: o.id,
        actorId: null,
      }),
    );
    expect(await balanceOf(p.id, bin.id)).toEqual({ onHand: 8, reserved: 3 });
    expect(await release(o.id)).toBe(3);
    expect(await balanceOf(p.id, bin.id)).toEqual({ onHand: 8, reserved: 0 });
  });

  it("refuses to reserve an order that still holds a reservation, allows it again after release", async () => {
    const p = await newProduct();
    const { bin } = await stocked(p.id, 10);
    const o = await order([{ productId: p.id, quantity: 2 }]);
    await reserve(o.id);
    await expectConflict(reserve(o.id));
    expect(await balanceOf(p.id, bin.id)).toEqual({ onHand: 10, reserved: 2 });
    await release(o.id);
    expect((await reserve(o.id)).ok).toBe(true);
    expect(await balanceOf(p.id, bin.id)).toEqual({ onHand: 10, reserved: 2 });
  });

  it("an unknown order is not_found", async () => {
    await expectConflict(reserve("no-such-order"), "not_found");
    await expectConflict(release("no-such-order"), "not_found");
  });

  it("rolls back with the caller's transaction", async () => {
    const p = await newProduct();
    const { bin } = await stocked(p.id, 10);
    const o = await order([{ productId: p.id, quantity: 2 }]);
    await expect(
      db.$transaction(async (tx) => {
        await reserveOrderStock(tx, { orderId: o.id, actorId: null });
        throw new Error("workflow transition lost");
      }),
    ).rejects.toThrow(/workflow transition lost/);
    expect(await balanceOf(p.id, bin.id)).toEqual({ onHand: 10, reserved: 0 });
    expect(await movementsOf({ orderId: o.id })).toEqual([]);
    expect((await db.order.findUniqueOrThrow({ where: { id: o.id } })).warehouseId).toBeNull();
  });
});

describe("shortage", () => {
  it("reports the shortage and writes nothing", async () => {
    const p = await newProduct();
    const { bin } = await stocked(p.id, 3);
    const o = await order([{ productId: p.id, quantity: 5 }]);
    const before = await db.stockMovement.count();

    expect(await reserve(o.id)).toEqual({
      ok: false,
      shortages: [{ productId: p.id, sku: p.sku, requested: 5, available: 3 }],
    });
    expect(await db.stockMovement.count()).toBe(before);
    expect(await balanceOf(p.id, bin.id)).toEqual({ onHand: 3, reserved: 0 });
    expect((await db.order.findUniqueOrThrow({ where: { id: o.id } })).warehouseId).toBeNull();
  });

  it("one short line of a multi-line order reserves nothing for the other line", async () => {
    const plenty = await newProduct();
    const scarce = await newProduct();
    const warehouse = await createWarehouse();
    const b1 = await createBin(warehouse.id);
    const b2 = await createBin(warehouse.id);
    await receiveStock(plenty.id, b1.id, 50);
    await receiveStock(scarce.id, b2.id, 1);
    const o = await order([
      { productId: plenty.id, quantity: 2 },
      { productId: scarce.id, quantity: 2 },
    ]);
    const before = await db.stockMovement.count();

    expect(await reserve(o.id)).toEqual({
      ok: false,
      shortages: [{ productId: scarce.id, sku: scarce.sku, requested: 2, available: 1 }],
    });
    expect(await db.stockMovement.count()).toBe(before);
    expect(await balanceOf(plenty.id, b1.id)).toEqual({ onHand: 50, reserved: 0 });
    expect(await balanceOf(scarce.id, b2.id)).toEqual({ onHand: 1, reserved: 0 });
  });

  it("counts only active storage bins of active warehouses, net of other reservations", async () => {
    const p = await newProduct();
    const warehouse = await createWarehouse();
    await receiveStock(p.id, (await createBin(warehouse.id, { kind: "receiving" })).id, 10);
    await receiveStock(p.id, (await createBin(warehouse.id, { kind: "damaged" })).id, 10);
    await receiveStock(p.id, (await createBin(warehouse.id, { kind: "returns" })).id, 10);
    const inactiveBin = await createBin(warehouse.id);
    await receiveStock(p.id, inactiveBin.id, 10);
    await db.binLocation.update({ where: { id: inactiveBin.id }, data: { isActive: false } });
    const closed = await stocked(p.id, 10);
    await db.warehouse.update({ where: { id: closed.warehouse.id }, data: { isActive: false } });
    const sellable = await createBin(warehouse.id);
    await receiveStock(p.id, sellable.id, 3);
    expect((await reserve((await order([{ productId: p.id, quantity: 2 }])).id)).ok).toBe(true);

    const o = await order([{ productId: p.id, quantity: 2 }]);
    expect(await reserve(o.id)).toEqual({
      ok: false,
      shortages: [{ productId: p.id, sku: p.sku, requested: 2, available: 1 }],
    });
  });
});

describe("warehouse choice", () => {
  it("never splits an order across warehouses: shortage when no single one can serve it", async () => {
    const p1 = await newProduct();
    const p2 = await newProduct();
    const tag = code("SPLIT");
    const w1 = await stocked(p1.id, 5, { code: `${tag}-1` });
    const w2 = await stocked(p2.id, 5, { code: `${tag}-2` });
    const o = await order([
      { productId: p1.id, quantity: 1 },
      { productId: p2.id, quantity: 1 },
    ]);
    const before = await db.stockMovement.count();

    // Each product exists, never together: the shortage is stated against the closest
    // warehouse (a tie, so the lower code: w1, which lacks p2).
    expect(await reserve(o.id)).toEqual({
      ok: false,
      shortages: [{ productId: p2.id, sku: p2.sku, requested: 1, available: 0 }],
    });
    expect(await db.stockMovement.count()).toBe(before);
    expect(await balanceOf(p1.id, w1.bin.id)).toEqual({ onHand: 5, reserved: 0 });
    expect(await balanceOf(p2.id, w2.bin.id)).toEqual({ onHand: 5, reserved: 0 });
  });

  it("reports the best single-warehouse availability for a product short everywhere", async () => {
    const p = await newProduct();
    await stocked(p.id, 2);
    await stocked(p.id, 3);
    const o = await order([{ productId: p.id, quantity: 4 }]);
    expect(await reserve(o.id)).toEqual({
      ok: false,
      shortages: [{ productId: p.id, sku: p.sku, requested: 4, available: 3 }],
    });
  });

  it("prefers a warehouse in the order's emirate, then the lower code", async () => {
    const p = await newProduct();
    const tag = code("PREF");
    const dxbB = await stocked(p.id, 5, { code: `${tag}-B`, emirate: "dubai" });
    const dxbA = await stocked(p.id, 5, { code: `${tag}-A`, emirate: "dubai" });
    const shj = await stocked(p.id, 5, { code: `${tag}-C`, emirate: "sharjah" });

    expect(await reserve((await order([{ productId: p.id, quantity: 1 }], { emirate: "sharjah" })).id)).toEqual({
      ok: true,
      warehouseId: shj.warehouse.id,
    });
    expect(await reserve((await order([{ productId: p.id, quantity: 1 }], { emirate: "dubai" })).id)).toEqual({
      ok: true,
      warehouseId: dxbA.warehouse.id,
    });
    expect(await reserve((await order([{ productId: p.id, quantity: 1 }], { emirate: "ajman" })).id)).toEqual({
      ok: true,
      warehouseId: dxbA.warehouse.id,
    });
    // the preferred emirate cannot serve 5 more any longer (4 left): next code that can
    expect(await reserve((await order([{ productId: p.id, quantity: 5 }], { emirate: "sharjah" })).id)).toEqual({
      ok: true,
      warehouseId: dxbB.warehouse.id,
    });
    expect(await balanceOf(p.id, dxbB.bin.id)).toEqual({ onHand: 5, reserved: 5 });
  });

  it("skips the preferred warehouse when it cannot serve every line", async () => {
    const p1 = await newProduct();
    const p2 = await newProduct();
    const near = await stocked(p1.id, 10, { emirate: "fujairah" });
    const far = await createWarehouse({ emirate: "dubai" });
    const farBin = await createBin(far.id);
    await receiveStock(p1.id, farBin.id, 1);
    await receiveStock(p2.id, farBin.id, 1);
    const o = await order(
      [
        { productId: p2.id, quantity: 1 },
        { productId: p1.id, quantity: 1 },
      ],
      { emirate: "fujairah" },
    );
    expect(await reserve(o.id)).toEqual({ ok: true, warehouseId: far.id });
    expect(await balanceOf(p1.id, near.bin.id)).toEqual({ onHand: 10, reserved: 0 });
  });

  it("allocates across bins by pickOrder, then code", async () => {
    const p = await newProduct();
    const warehouse = await createWarehouse();
    const a = await createBin(warehouse.id, { code: "A-01", pickOrder: 30 });
    const z = await createBin(warehouse.id, { code: "Z-01", pickOrder: 10 });
    const m2 = await createBin(warehouse.id, { code: "M-02", pickOrder: 20 });
    const m1 = await createBin(warehouse.id, { code: "M-01", pickOrder: 20 });
    for (const b of [a, z, m2, m1]) await receiveStock(p.id, b.id, 2);
    const o = await order([{ productId: p.id, quantity: 7 }]);
    await reserve(o.id);
    const rows = await movementsOf({ orderId: o.id });
    expect(rows.map((r) => [r.locationId, r.quantity])).toEqual([
      [z.id, 2],
      [m1.id, 2],
      [m2.id, 2],
      [a.id, 1],
    ]);
  });
});

describe("concurrency", () => {
  it("25 concurrent confirmations of 1 unit against 10 on hand: exactly 10 reserve", async () => {
    const p = await newProduct();
    const { warehouse, bin } = await stocked(p.id, 10);
    const orders = await Promise.all(Array.from({ length: 25 }, () => order([{ productId: p.id, quantity: 1 }])));

    const results: ReserveResult[] = await Promise.all(
      orders.map((o) => db.$transaction((tx) => reserveOrderStock(tx, { orderId: o.id, actorId }), TX_OPTIONS)),
    );
    const ok = results.filter((r) => r.ok);
    const short = results.filter((r) => !r.ok);
    expect(ok).toHaveLength(10);
    expect(short).toHaveLength(15);
    for (const r of ok) expect(r).toEqual({ ok: true, warehouseId: warehouse.id });
    for (const r of short)
      expect(r).toEqual({ ok: false, shortages: [{ productId: p.id, sku: p.sku, requested: 1, available: 0 }] });

    expect(await balanceOf(p.id, bin.id)).toEqual({ onHand: 10, reserved: 10 });
    const reserves = (await movementsOf({ productId: p.id })).filter((m) => m.type === "reserve");
    expect(reserves).toHaveLength(10);
    // serialized on the balance row: reservedAfter runs 1..10, never beyond onHand
    expect(reserves.map((m) => m.reservedAfter).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const m of reserves) expect(m.onHandAfter).toBe(10);
  });

  it("concurrent orders over two products in opposite line order complete without deadlock", async () => {
    const pA = await newProduct();
    const pB = await newProduct();
    const warehouse = await createWarehouse();
    const binA = await createBin(warehouse.id);
    const binB = await createBin(warehouse.id);
    await receiveStock(pA.id, binA.id, 100);
    await receiveStock(pB.id, binB.id, 100);
    const orders = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        order(
          i % 2 === 0
            ? [
                { productId: pA.id, quantity: 1 },
                { productId: pB.id, quantity: 2 },
              ]
            : [
                { productId: pB.id, quantity: 2 },
                { productId: pA.id, quantity: 1 },
              ],
        ),
      ),
    );
    const settled = await Promise.allSettled(orders.map((o) => reserve(o.id)));
    const failures = settled.filter((s) => s.status === "rejected");
    expect(failures).toEqual([]);
    expect(settled.every((s) => s.status === "fulfilled" && s.value.ok)).toBe(true);
    expect(await balanceOf(pA.id, binA.id)).toEqual({ onHand: 100, reserved: 20 });
    expect(await balanceOf(pB.id, binB.id)).toEqual({ onHand: 100, reserved: 40 });

    // and releasing them all concurrently, twice over, returns every unit exactly once
    const released = await Promise.all([...orders, ...orders].map((o) => release(o.id)));
    expect(released.reduce((n, x) => n + x, 0)).toBe(60);
    expect(await balanceOf(pA.id, binA.id)).toEqual({ onHand: 100, reserved: 0 });
    expect(await balanceOf(pB.id, binB.id)).toEqual({ onHand: 100, reserved: 0 });
  });

  it("concurrent reservations, releases and receipts never oversell", async () => {
    const p = await newProduct();
    const { bin } = await stocked(p.id, 5);
    const first = await Promise.all(Array.from({ length: 5 }, () => order([{ productId: p.id, quantity: 1 }])));
    for (const o of first) await reserve(o.id);
    const later = await Promise.all(Array.from({ length: 12 }, () => order([{ productId: p.id, quantity: 1 }])));

    await Promise.all([
      ...first.slice(0, 3).map((o) => release(o.id)),
      ...later.map((o) => reserve(o.id)),
      receiveStock(p.id, bin.id, 2),
    ]);
    const bal = await balanceOf(p.id, bin.id);
    expect(bal.onHand).toBe(7);
    expect(bal.reserved).toBeLessThanOrEqual(7);
    const net = await db.stockMovement.aggregate({
      where: { productId: p.id, type: { in: ["reserve", "release", "pick"] } },
      _sum: { quantity: true },
    });
    expect(net._sum.quantity).toBe(bal.reserved);
  });
});

// Deterministic PRNG (mulberry32) so a failure can be replayed.
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("ledger invariant", () => {
  it("after random receive / reserve / pick / release / adjustment, balances equal the sum of movements", async () => {
    const rand = rng(20261122);
    const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
    const pickOne = <T>(xs: T[]) => xs[int(0, xs.length - 1)];

    const products = [await newProduct(), await newProduct(), await newProduct()];
    const w1 = await createWarehouse();
    const w2 = await createWarehouse({ emirate: "sharjah" });
    const bins = [
      await createBin(w1.id, { pickOrder: 1 }),
      await createBin(w1.id, { pickOrder: 2 }),
      await createBin(w2.id),
    ];
    const open: string[] = [];
    let refused = 0;

    for (let step = 0; step < 160; step++) {
      const r = rand();
      if (r < 0.25) {
        await receiveStock(pickOne(products).id, pickOne(bins).id, int(1, 6));
      } else if (r < 0.55) {
        const lines = Array.from({ length: int(1, 3) }, () => ({
          productId: pickOne(products).id,
          quantity: int(1, 4),
        }));
        const o = await order(lines, { emirate: rand() < 0.5 ? "dubai" : "sharjah" });
        const before = await db.stockMovement.count();
        const res = await reserve(o.id, actorId);
        if (res.ok) open.push(o.id);
        else expect(await db.stockMovement.count()).toBe(before);
      } else if (r < 0.7 && open.length > 0) {
        const o = open.splice(int(0, open.length - 1), 1)[0];
        await release(o, actorId);
      } else if (r < 0.8 && open.length > 0) {
        // pick one unit of an open reservation (what packing will do)
        const o = pickOne(open);
        const rows = await db.stockMovement.groupBy({
          by: ["productId", "locationId"],
          where: { orderId: o },
          _sum: { quantity: true },
        });
        const row = rows.find((x) => (x._sum.quantity ?? 0) > 0);
        if (row)
          await db.$transaction((tx) =>
            applyMovement(tx, {
              productId: row.productId,
              locationId: row.locationId,
              type: "pick",
              quantity: -1,
              orderId: o,
              actorId,
            }),
          );
      } else {
        const productId = pickOne(products).id;
        const locationId = pickOne(bins).id;
        const delta = int(-5, 5) || 1;
        const before = await db.stockMovement.count();
        const bal = await balanceOf(productId, locationId);
        try {
          await move(productId, locationId, "adjustment", delta, { reason: "random adjustment" });
          expect(bal.onHand + delta).toBeGreaterThanOrEqual(bal.reserved);
        } catch (e) {
          expect(e).toBeInstanceOf(AppError);
          expect((e as AppError).code).toBe("conflict");
          expect(bal.onHand + delta).toBeLessThan(bal.reserved);
          expect(await db.stockMovement.count()).toBe(before);
          refused++;
        }
      }
    }
    expect(open.length + refused).toBeGreaterThan(0);

    const productIds = products.map((p) => p.id);
    const balances = await db.stockBalance.findMany({ where: { productId: { in: productIds } } });
    const movements = await db.stockMovement.findMany({
      where: { productId: { in: productIds } },
      orderBy: { id: "asc" },
    });
    expect(movements.length).toBeGreaterThan(50);

    const running = new Map<string, { onHand: number; reserved: number }>();
    for (const m of movements) {
      const key = `${m.productId}|${m.locationId}`;
      const cur = running.get(key) ?? { onHand: 0, reserved: 0 };
      if (m.type === "reserve" || m.type === "release") cur.reserved += m.quantity;
      else if (m.type === "pick") {
        cur.onHand += m.quantity;
        cur.reserved += m.quantity;
      } else cur.onHand += m.quantity;
      running.set(key, cur);
      // every row carries the balance right after it
      expect({ onHand: m.onHandAfter, reserved: m.reservedAfter }).toEqual(cur);
      expect(cur.onHand).toBeGreaterThanOrEqual(cur.reserved);
      expect(cur.reserved).toBeGreaterThanOrEqual(0);
    }
    expect(balances.length).toBe(running.size);
    for (const b of balances) {
      expect({ onHand: b.onHand, reserved: b.reserved }).toEqual(running.get(`${b.productId}|${b.locationId}`));
    }

    // what is reserved equals what the open orders still hold
    const held = await db.stockMovement.aggregate({
      where: { orderId: { in: open }, type: { in: ["reserve", "release", "pick"] } },
      _sum: { quantity: true },
    });
    expect(balances.reduce((n, b) => n + b.reserved, 0)).toBe(held._sum.quantity ?? 0);
    for (const o of open) await release(o);
    const after = await db.stockBalance.findMany({ where: { productId: { in: productIds } } });
    expect(after.every((b) => b.reserved === 0)).toBe(true);
  });
});

describe("applyMovement", () => {
  it("refuses to take onHand below zero and writes nothing", async () => {
    const p = await newProduct();
    const { bin } = await stocked(p.id, 4);
    const before = await db.stockMovement.count();
    await expectConflict(move(p.id, bin.id, "adjustment", -5));
    expect(await db.stockMovement.count()).toBe(before);
    expect(await balanceOf(p.id, bin.id)).toEqual({ onHand: 4, reserved: 0 });
    expect(await move(p.id, bin.id, "adjustment", -4)).toEqual({ onHand: 0, reserved: 0 });
  });

  it("refuses to take onHand below what is reserved", async () => {
    const p = await newProduct();
    const { bin } = await stocked(p.id, 5);
    await reserve((await order([{ productId: p.id, quantity: 3 }])).id);
    await expectConflict(move(p.id, bin.id, "damage", -3));
    await expectConflict(move(p.id, bin.id, "reserve", 3));
    expect(await balanceOf(p.id, bin.id)).toEqual({ onHand: 5, reserved: 3 });
  });

  it("refuses a negative movement where there is no balance row, without creating one", async () => {
    const p = await newProduct();
    const { bin } = await stocked(p.id, 0);
    await expectConflict(move(p.id, bin.id, "adjustment", -1));
    await expectConflict(move(p.id, bin.id, "release", -1));
    expect(
      await db.stockBalance.findUnique({ where: { productId_locationId: { productId: p.id, locationId: bin.id } } }),
    ).toBeNull();
  });

  it("refuses a zero, fractional or wrongly signed quantity", async () => {
    const p = await newProduct();
    const { bin } = await stocked(p.id, 5);
    await expectConflict(move(p.id, bin.id, "adjustment", 0), "validation");
    await expectConflict(move(p.id, bin.id, "adjustment", 1.5), "validation");
    await expectConflict(move(p.id, bin.id, "receive", -1), "validation");
    await expectConflict(move(p.id, bin.id, "pick", 1), "validation");
    await expectConflict(move(p.id, bin.id, "release", 1), "validation");
  });

  it("applies each type to the right column and records the balance after", async () => {
    const p = await newProduct();
    const { bin } = await stocked(p.id, 0);
    expect(await move(p.id, bin.id, "receive", 10)).toEqual({ onHand: 10, reserved: 0 });
    expect(await move(p.id, bin.id, "reserve", 4)).toEqual({ onHand: 10, reserved: 4 });
    expect(await move(p.id, bin.id, "pick", -3)).toEqual({ onHand: 7, reserved: 1 });
    expect(await move(p.id, bin.id, "release", -1)).toEqual({ onHand: 7, reserved: 0 });
    expect(await move(p.id, bin.id, "count_correction", -2)).toEqual({ onHand: 5, reserved: 0 });
    expect(await move(p.id, bin.id, "return_to_stock", 1)).toEqual({ onHand: 6, reserved: 0 });
    const rows = await movementsOf({ productId: p.id });
    expect(rows.map((m) => [m.type, m.quantity, m.onHandAfter, m.reservedAfter])).toEqual([
      ["receive", 10, 10, 0],
      ["reserve", 4, 10, 4],
      ["pick", -3, 7, 1],
      ["release", -1, 7, 0],
      ["count_correction", -2, 5, 0],
      ["return_to_stock", 1, 6, 0],
    ]);
    const bal = await db.stockBalance.findUniqueOrThrow({
      where: { productId_locationId: { productId: p.id, locationId: bin.id } },
    });
    expect(bal.version).toBe(6);
  });
});

describe("demo seed stock", () => {
  it("stocks the approved demo products through the ledger, once", async () => {
    await seed();
    const products = await db.product.findMany({
      where: { sku: { startsWith: "ATL-" }, NOT: { sku: { startsWith: "ATL-T-" } } },
      select: { id: true, sku: true, approval: true },
    });
    const dxb = await db.warehouse.findUniqueOrThrow({ where: { code: "DXB-1" } });
    const stockOf = async (productId: string) => {
      const rows = await db.stockBalance.findMany({ where: { productId }, include: { location: true } });
      for (const r of rows) expect(r.location).toMatchObject({ warehouseId: dxb.id, kind: "storage" });
      return rows.reduce((n, r) => n + r.onHand, 0);
    };
    const approved = products.filter((x) => x.approval === "approved");
    expect(approved.length).toBe(5);
    for (const x of approved) expect(await stockOf(x.id)).toBe(x.sku === "ATL-GULF-00002" ? 3 : 40);
    for (const x of products.filter((y) => y.approval !== "approved")) expect(await stockOf(x.id)).toBe(0);

    const count = await db.stockMovement.count();
    await seed();
    expect(await db.stockMovement.count()).toBe(count);
  });
});

describe("consumeOrderReservation (packing)", () => {
  const consume = (orderId: string) =>
    db.$transaction((tx) => consumeOrderReservation(tx, { orderId, actorId }), TX_OPTIONS);

  it("picks exactly the outstanding reservation from each bin: onHand and reserved fall together, available stays", async () => {
    const p = await newProduct();
    const q = await newProduct();
    const { warehouse, bin } = await stocked(p.id, 2);
    const bin2 = await createBin(warehouse.id, { pickOrder: 5 });
    await receiveStock(p.id, bin2.id, 5);
    await receiveStock(q.id, bin.id, 4);
    const o = await order([
      { productId: p.id, quantity: 4 },
      { productId: q.id, quantity: 1 },
    ]);
    expect((await reserve(o.id, actorId)).ok).toBe(true);
    const before = [await balanceOf(p.id, bin.id), await balanceOf(p.id, bin2.id), await balanceOf(q.id, bin.id)];
    const reservedBefore = before.reduce((s, b) => s + b.reserved, 0);

    expect(await consume(o.id)).toBe(5);
    const after = [await balanceOf(p.id, bin.id), await balanceOf(p.id, bin2.id), await balanceOf(q.id, bin.id)];
    expect(after.reduce((s, b) => s + b.reserved, 0)).toBe(reservedBefore - 5);
    for (const [i, b] of after.entries()) expect(b.onHand - b.reserved).toBe(before[i].onHand - before[i].reserved);
    expect(after.reduce((s, b) => s + b.onHand, 0)).toBe(before.reduce((s, b) => s + b.onHand, 0) - 5);
    const picks = (await movementsOf({ orderId: o.id })).filter((m) => m.type === "pick");
    expect(picks.reduce((s, m) => s + m.quantity, 0)).toBe(-5);
  });

  it("a second consumption, or one after a release, is a conflict and writes nothing", async () => {
    const p = await newProduct();
    const { bin } = await stocked(p.id, 5);
    const o = await order([{ productId: p.id, quantity: 2 }]);
    await reserve(o.id, actorId);
    await consume(o.id);
    const count = (await movementsOf({ orderId: o.id })).length;
    await expectConflict(consume(o.id));
    expect((await movementsOf({ orderId: o.id })).length).toBe(count);
    expect(await balanceOf(p.id, bin.id)).toEqual({ onHand: 3, reserved: 0 });

    const o2 = await order([{ productId: p.id, quantity: 1 }]);
    await reserve(o2.id, actorId);
    await release(o2.id, actorId);
    await expectConflict(consume(o2.id));
  });

  it("two concurrent consumptions of one order pick the stock once", async () => {
    const p = await newProduct();
    const { bin } = await stocked(p.id, 6);
    const o = await order([{ productId: p.id, quantity: 3 }]);
    await reserve(o.id, actorId);
    const results = await Promise.allSettled([consume(o.id), consume(o.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await balanceOf(p.id, bin.id)).toEqual({ onHand: 3, reserved: 0 });
  });
});
