// The inventory module on the embedded PostgreSQL: receive / transfer / adjust through the
// ledger, balances that always equal their movements (also under concurrency), validation that
// writes nothing, low-stock alerts kept by the ledger, back-orders retried on receipt, and who
// may see and do what.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { consumeOrderReservation } from "@/lib/inventory/ledger";
import { adjustStock } from "@/lib/inventory/adjust-stock";
import { receiveStock } from "@/lib/inventory/receive-stock";
import { transferBetweenBins } from "@/lib/inventory/transfer-stock";
import { setStockLevels } from "@/lib/inventory/set-stock-levels";
import { listStock } from "@/lib/inventory/list-stock";
import { getProductStock } from "@/lib/inventory/get-product-stock";
import { listLowStock } from "@/lib/inventory/list-low-stock";
import { listBins } from "@/lib/inventory/list-bins";
import { saveBin } from "@/lib/inventory/save-bin";
import { getLabels } from "@/lib/inventory/get-labels";
import { findProductByCode } from "@/lib/inventory/find-product";
import { createProduct, createSeller, seedSystemRoles, userWithActor } from "../support/factories";
import { rejects } from "../support/expect";
import {
  TX_OPTIONS,
  balanceOf,
  createBin,
  createOrderWithLines,
  createWarehouse,
  move,
  release,
  reserve,
} from "../support/stock";

let sellerId: string;
let sellerUserId: string;
let sellerActor: Actor;
let keeper: Actor;
let otherKeeper: Actor;
let packer: Actor;
let warehouseId: string;
let bins: { a: string; b: string; rcv: string; dmg: string };
let otherBin: string;

const assign = (userId: string, wId: string) => db.userWarehouse.create({ data: { userId, warehouseId: wId } });
const pick = (orderId: string) =>
  db.$transaction((tx) => consumeOrderReservation(tx, { orderId, actorId: null }), TX_OPTIONS);

/** A small deterministic PRNG (mulberry32) so a failing sequence can be replayed. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every balance row of these products equals the sum of its movements and its last movement's "after". */
async function expectLedgerConsistent(productIds: string[]) {
  const balances = await db.stockBalance.findMany({ where: { productId: { in: productIds } } });
  expect(balances.length).toBeGreaterThan(0);
  for (const b of balances) {
    const ms = await db.stockMovement.findMany({
      where: { productId: b.productId, locationId: b.locationId },
      orderBy: { id: "asc" },
    });
    let onHand = 0;
    let reserved = 0;
    for (const m of ms) {
      if (m.type === "reserve" || m.type === "release") reserved += m.quantity;
      else if (m.type === "pick") {
        onHand += m.quantity;
        reserved += m.quantity;
      } else onHand += m.quantity;
      expect(m.onHandAfter).toBe(onHand);
      expect(m.reservedAfter).toBe(reserved);
    }
    expect({ onHand: b.onHand, reserved: b.reserved }).toEqual({ onHand, reserved });
    expect(b.onHand).toBeGreaterThanOrEqual(b.reserved);
    expect(b.reserved).toBeGreaterThanOrEqual(0);
  }
}

const snapshot = async (productId: string) => ({
  balances: await db.stockBalance.findMany({
    where: { productId },
    orderBy: { locationId: "asc" },
    select: { locationId: true, onHand: true, reserved: true },
  }),
  movements: await db.stockMovement.count({ where: { productId } }),
  audits: await db.auditLog.count({ where: { action: "inventory.adjust" } }),
});

beforeAll(async () => {
  await seedSystemRoles();
  const seller = await createSeller();
  sellerId = seller.profile.id;
  sellerUserId = seller.user.id;
  ({ actor: sellerActor } = await userWithActor({ role: "seller" }));
  const w = await createWarehouse();
  warehouseId = w.id;
  bins = {
    a: (await createBin(w.id, { code: "A-01", pickOrder: 1 })).id,
    b: (await createBin(w.id, { code: "A-02", pickOrder: 2 })).id,
    rcv: (await createBin(w.id, { code: "RCV", kind: "receiving" })).id,
    dmg: (await createBin(w.id, { code: "DMG", kind: "damaged" })).id,
  };
  const w2 = await createWarehouse();
  otherBin = (await createBin(w2.id, { code: "Z-01" })).id;
  const k = await userWithActor({ role: "stock_keeper" });
  keeper = k.actor;
  await assign(k.user.id, w.id);
  const ok = await userWithActor({ role: "stock_keeper" });
  otherKeeper = ok.actor;
  await assign(ok.user.id, w2.id);
  const p = await userWithActor({ role: "packaging_agent" });
  packer = p.actor;
  await assign(p.user.id, w.id);
});

describe("ledger consistency", () => {
  it("keeps every balance equal to its movements after a random sequence of operations", async () => {
    const products = [await createProduct(sellerId), await createProduct(sellerId), await createProduct(sellerId)];
    const ids = products.map((p) => p.id);
    const storage = [bins.a, bins.b];
    const random = rng(20261130);
    const int = (n: number) => Math.floor(random() * n);
    const openOrders: string[] = [];
    const reservedOrders: string[] = [];
    let applied = 0;
    for (const pid of ids) await receiveStock(keeper, { productId: pid, binId: bins.a, quantity: 20, note: "opening" });

    for (let step = 0; step < 120; step++) {
      const pid = ids[int(ids.length)];
      const bin = storage[int(2)];
      const kind = int(9);
      try {
        if (kind === 0)
          await receiveStock(keeper, {
            productId: pid,
            binId: [bins.a, bins.b, bins.rcv][int(3)],
            quantity: 1 + int(6),
            note: "",
          });
        else if (kind === 1)
          await transferBetweenBins(keeper, {
            productId: pid,
            fromBinId: bin,
            toBinId: bin === bins.a ? bins.b : bins.a,
            quantity: 1 + int(5),
            note: "",
          });
        else if (kind === 2)
          await adjustStock(keeper, {
            productId: pid,
            binId: bin,
            quantity: (int(2) ? 1 : -1) * (1 + int(4)),
            reason: "cycle recount",
          });
        else if (kind === 3) {
          const o = await createOrderWithLines(sellerId, sellerUserId, [{ productId: pid, quantity: 1 + int(3) }]);
          const r = await reserve(o.id);
          if (r.ok) reservedOrders.push(o.id);
          else openOrders.push(o.id);
        } else if (kind === 4 && reservedOrders.length)
          await release(reservedOrders.splice(int(reservedOrders.length), 1)[0]);
        else if (kind === 5 && reservedOrders.length)
          await pick(reservedOrders.splice(int(reservedOrders.length), 1)[0]);
        else if (kind === 6) await move(pid, bin, "return_to_stock", 1 + int(2), { reason: "customer return" });
        else if (kind === 7) {
          const q = 1 + int(2);
          await db.$transaction(async (tx) => {
            const { applyMovement } = await import("@/lib/inventory/ledger");
            await applyMovement(tx, {
              productId: pid,
              locationId: bin,
              type: "damage",
              quantity: -q,
              reason: "broken",
              actorId: null,
            });
            await applyMovement(tx, {
              productId: pid,
              locationId: bins.dmg,
              type: "damage",
              quantity: q,
              reason: "broken",
              actorId: null,
            });
          }, TX_OPTIONS);
        } else continue;
        applied += 1;
      } catch (e) {
        if (!(e instanceof AppError) || !["validation", "conflict"].includes(e.code)) throw e;
      }
    }
    expect(applied).toBeGreaterThan(60);
    const types = new Set(
      (await db.stockMovement.findMany({ where: { productId: { in: ids } }, select: { type: true } })).map(
        (m) => m.type,
      ),
    );
    for (const t of [
      "receive",
      "reserve",
      "release",
      "pick",
      "return_to_stock",
      "damage",
      "adjustment",
      "transfer_out",
      "transfer_in",
    ] as const) {
      expect(types.has(t), t).toBe(true);
    }
    await expectLedgerConsistent(ids);
    // Transfers come in pairs sharing a group id, one out and one in of the same size.
    const transfers = await db.stockMovement.findMany({
      where: { productId: { in: ids }, transferGroupId: { not: null } },
    });
    const groups = new Map<string, number[]>();
    for (const m of transfers) groups.set(m.transferGroupId!, [...(groups.get(m.transferGroupId!) ?? []), m.quantity]);
    for (const qs of groups.values()) expect(qs.sort((x, y) => x - y)).toEqual([-Math.abs(qs[0]), Math.abs(qs[0])]);
  });

  it("never lets concurrent reservations, picks and adjustments drive available below zero", async () => {
    const product = await createProduct(sellerId);
    await receiveStock(keeper, { productId: product.id, binId: bins.a, quantity: 10, note: "" });
    const preReserved: string[] = [];
    for (let i = 0; i < 3; i++) {
      const o = await createOrderWithLines(sellerId, sellerUserId, [{ productId: product.id, quantity: 1 }]);
      expect((await reserve(o.id)).ok).toBe(true);
      preReserved.push(o.id);
    }
    const orders = await Promise.all(
      Array.from({ length: 8 }, () =>
        createOrderWithLines(sellerId, sellerUserId, [{ productId: product.id, quantity: 2 }]),
      ),
    );
    const results = await Promise.allSettled([
      ...orders.map((o) => reserve(o.id)),
      ...preReserved.map((id) => pick(id)),
      ...Array.from({ length: 4 }, () =>
        adjustStock(keeper, { productId: product.id, binId: bins.a, quantity: -2, reason: "shrinkage found" }),
      ),
    ]);
    for (const r of results) {
      if (r.status === "rejected") {
        expect(r.reason).toBeInstanceOf(AppError);
        expect(["validation", "conflict"]).toContain((r.reason as AppError).code);
      }
    }
    const b = await balanceOf(product.id, bins.a);
    expect(b.onHand - b.reserved).toBeGreaterThanOrEqual(0);
    const reservedOk = results
      .slice(0, orders.length)
      .filter((r) => r.status === "fulfilled" && (r.value as { ok: boolean }).ok).length;
    const adjustedOk = results.slice(orders.length + preReserved.length).filter((r) => r.status === "fulfilled").length;
    // 10 received, 3 picked; what is left is exactly what the winners did not take.
    expect(b.onHand).toBe(10 - 3 - 2 * adjustedOk);
    expect(b.reserved).toBe(2 * reservedOk);
    await expectLedgerConsistent([product.id]);
  });
});

describe("movements from the stock screens", () => {
  it("receives into a bin and rejects a damaged or foreign bin", async () => {
    const product = await createProduct(sellerId);
    const r = await receiveStock(keeper, { productId: product.id, binId: bins.a, quantity: 7, note: "PO 42" });
    expect(r).toMatchObject({ onHand: 7, reserved: 0 });
    const m = await db.stockMovement.findFirstOrThrow({ where: { productId: product.id } });
    expect(m).toMatchObject({ type: "receive", quantity: 7, reason: "PO 42", actorId: keeper.userId, onHandAfter: 7 });
    expect(
      (
        await rejects(
          receiveStock(keeper, { productId: product.id, binId: bins.dmg, quantity: 1, note: "" }),
          "validation",
        )
      ).fields,
    ).toEqual({ binId: "inventory.bin_not_receivable" });
    await rejects(receiveStock(keeper, { productId: product.id, binId: otherBin, quantity: 1, note: "" }), "not_found");
    expect(
      (
        await rejects(
          receiveStock(keeper, { productId: product.id, binId: bins.a, quantity: 0, note: "" }),
          "validation",
        )
      ).fields,
    ).toEqual({ quantity: "inventory.quantity_positive" });
    expect(await balanceOf(product.id, bins.a)).toEqual({ onHand: 7, reserved: 0 });
    expect((await findProductByCode(keeper, { code: product.barcode })).id).toBe(product.id);
    expect((await findProductByCode(keeper, { code: product.sku.toLowerCase() })).id).toBe(product.id);
  });

  it("transfers only available units, within one warehouse, as a pair of rows", async () => {
    const product = await createProduct(sellerId);
    await receiveStock(keeper, { productId: product.id, binId: bins.a, quantity: 5, note: "" });
    const o = await createOrderWithLines(sellerId, sellerUserId, [{ productId: product.id, quantity: 3 }]);
    expect((await reserve(o.id)).ok).toBe(true);
    const before = await snapshot(product.id);
    expect(
      (
        await rejects(
          transferBetweenBins(keeper, {
            productId: product.id,
            fromBinId: bins.a,
            toBinId: bins.b,
            quantity: 3,
            note: "",
          }),
          "validation",
        )
      ).fields,
    ).toEqual({ quantity: "inventory.exceeds_available" });
    await rejects(
      transferBetweenBins(keeper, {
        productId: product.id,
        fromBinId: bins.a,
        toBinId: otherBin,
        quantity: 1,
        note: "",
      }),
      "not_found",
    );
    expect(
      (
        await rejects(
          transferBetweenBins(keeper, {
            productId: product.id,
            fromBinId: bins.a,
            toBinId: bins.a,
            quantity: 1,
            note: "",
          }),
          "validation",
        )
      ).fields,
    ).toEqual({ toBinId: "inventory.same_bin" });
    expect(await snapshot(product.id)).toEqual(before);

    const t = await transferBetweenBins(keeper, {
      productId: product.id,
      fromBinId: bins.a,
      toBinId: bins.b,
      quantity: 2,
      note: "reslot",
    });
    expect(await balanceOf(product.id, bins.a)).toEqual({ onHand: 3, reserved: 3 });
    expect(await balanceOf(product.id, bins.b)).toEqual({ onHand: 2, reserved: 0 });
    const rows = await db.stockMovement.findMany({
      where: { transferGroupId: t.transferGroupId },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.type, r.locationId, r.quantity])).toEqual([
      ["transfer_out", bins.a, -2],
      ["transfer_in", bins.b, 2],
    ]);
  });

  it("runs opposite transfers of the same bins at the same time without deadlocks", async () => {
    const product = await createProduct(sellerId);
    await receiveStock(keeper, { productId: product.id, binId: bins.a, quantity: 10, note: "" });
    await receiveStock(keeper, { productId: product.id, binId: bins.b, quantity: 10, note: "" });
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        transferBetweenBins(keeper, {
          productId: product.id,
          fromBinId: i % 2 ? bins.a : bins.b,
          toBinId: i % 2 ? bins.b : bins.a,
          quantity: 3,
          note: "",
        }),
      ),
    );
    for (const r of results) if (r.status === "rejected") expect((r.reason as AppError).code).toBe("validation");
    const a = await balanceOf(product.id, bins.a);
    const b = await balanceOf(product.id, bins.b);
    expect(a.onHand + b.onHand).toBe(20);
    await expectLedgerConsistent([product.id]);
  });

  it("requires a reason for adjustments, never goes below reserved, and audits them", async () => {
    const product = await createProduct(sellerId);
    await receiveStock(keeper, { productId: product.id, binId: bins.a, quantity: 6, note: "" });
    const o = await createOrderWithLines(sellerId, sellerUserId, [{ productId: product.id, quantity: 4 }]);
    expect((await reserve(o.id)).ok).toBe(true);
    const before = await snapshot(product.id);
    expect(
      (
        await rejects(
          adjustStock(keeper, { productId: product.id, binId: bins.a, quantity: -1, reason: "  " }),
          "validation",
        )
      ).fields,
    ).toEqual({ reason: "reason_required" });
    expect(
      (
        await rejects(
          adjustStock(keeper, { productId: product.id, binId: bins.a, quantity: -3, reason: "found broken" }),
          "validation",
        )
      ).fields,
    ).toEqual({ quantity: "inventory.below_reserved" });
    expect(
      (
        await rejects(
          adjustStock(keeper, { productId: product.id, binId: bins.a, quantity: 0, reason: "nothing at all" }),
          "validation",
        )
      ).fields,
    ).toEqual({ quantity: "inventory.quantity_nonzero" });
    expect(await snapshot(product.id)).toEqual(before);

    await adjustStock(keeper, { productId: product.id, binId: bins.a, quantity: -2, reason: "found broken" });
    expect(await balanceOf(product.id, bins.a)).toEqual({ onHand: 4, reserved: 4 });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "inventory.adjust", targetId: `${product.id}:${bins.a}` },
    });
    expect(audit.actorId).toBe(keeper.userId);
    expect(audit.after).toMatchObject({ quantity: -2, reason: "found broken", onHand: 4 });
  });
});

describe("low-stock alerts", () => {
  it("opens once with one notification, follows every movement, and resolves on recovery", async () => {
    const product = await createProduct(sellerId);
    await receiveStock(keeper, { productId: product.id, binId: bins.a, quantity: 8, note: "" });
    const notes = () =>
      db.notification.findMany({ where: { type: "low_stock", params: { path: ["sku"], equals: product.sku } } });
    const open = () => db.lowStockAlert.findMany({ where: { productId: product.id, resolvedAt: null } });

    await setStockLevels(keeper, { productId: product.id, minStock: 5, maxStock: 50 });
    expect(await open()).toHaveLength(0);

    // A reservation takes available to 4 < 5: one alert, the keepers of this warehouse hear once.
    const o = await createOrderWithLines(sellerId, sellerUserId, [{ productId: product.id, quantity: 4 }]);
    expect((await reserve(o.id)).ok).toBe(true);
    expect(await open()).toMatchObject([{ warehouseId, availableQty: 4, minStock: 5 }]);
    await adjustStock(keeper, { productId: product.id, binId: bins.a, quantity: -1, reason: "found broken" });
    expect(await open()).toMatchObject([{ availableQty: 3 }]);
    expect((await notes()).map((n) => n.userId)).toEqual([keeper.userId]);
    expect((await listLowStock(keeper, {})).rows.map((r) => r.product.id)).toContain(product.id);
    expect((await listLowStock(otherKeeper, {})).rows.map((r) => r.product.id)).not.toContain(product.id);

    // Stock in a receiving bin is not sellable: still low. Releasing the order recovers it.
    await receiveStock(keeper, { productId: product.id, binId: bins.rcv, quantity: 10, note: "" });
    expect(await open()).toHaveLength(1);
    await release(o.id);
    expect(await open()).toHaveLength(0);
    const alerts = await db.lowStockAlert.findMany({ where: { productId: product.id } });
    expect(alerts).toHaveLength(1);
    expect(alerts[0].resolvedAt).not.toBeNull();
    expect(await notes()).toHaveLength(1);

    // Raising the minimum opens a new alert at once; clearing it resolves.
    await setStockLevels(keeper, { productId: product.id, minStock: 100, maxStock: null });
    expect(await open()).toHaveLength(1);
    expect(await notes()).toHaveLength(2);
    await setStockLevels(keeper, { productId: product.id, minStock: null, maxStock: null });
    expect(await open()).toHaveLength(0);
    expect(
      (await rejects(setStockLevels(keeper, { productId: product.id, minStock: 10, maxStock: 5 }), "validation"))
        .fields,
    ).toEqual({ maxStock: "inventory.max_below_min" });
  });

  it("keeps a single open alert when many movements race", async () => {
    const product = await createProduct(sellerId);
    await receiveStock(keeper, { productId: product.id, binId: bins.a, quantity: 20, note: "" });
    await setStockLevels(keeper, { productId: product.id, minStock: 15, maxStock: null });
    await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        adjustStock(keeper, { productId: product.id, binId: bins.a, quantity: -1, reason: "shrinkage found" }),
      ),
    );
    expect(await db.lowStockAlert.count({ where: { productId: product.id, resolvedAt: null } })).toBe(1);
    expect(
      await db.notification.count({ where: { type: "low_stock", params: { path: ["sku"], equals: product.sku } } }),
    ).toBe(1);
  });
});

describe("back-orders on receipt", () => {
  it("reserves a back-ordered order once its product is received", async () => {
    const product = await createProduct(sellerId);
    const o = await createOrderWithLines(sellerId, sellerUserId, [{ productId: product.id, quantity: 3 }]);
    await db.order.update({ where: { id: o.id }, data: { backorderedAt: new Date() } });
    await receiveStock(keeper, { productId: product.id, binId: bins.b, quantity: 2, note: "" });
    expect(await db.order.findUniqueOrThrow({ where: { id: o.id } })).toMatchObject({ state: "callcenter_review" });
    const r = await receiveStock(keeper, { productId: product.id, binId: bins.b, quantity: 2, note: "" });
    expect(r.backordersReserved).toBe(1);
    expect(await db.order.findUniqueOrThrow({ where: { id: o.id } })).toMatchObject({
      state: "callcenter_approved",
      backorderedAt: null,
      warehouseId,
    });
    expect(await balanceOf(product.id, bins.b)).toEqual({ onHand: 4, reserved: 3 });
  });
});

describe("who may see and do what", () => {
  it("lets a packer look but not receive, adjust or transfer", async () => {
    const product = await createProduct(sellerId);
    await receiveStock(keeper, { productId: product.id, binId: bins.a, quantity: 3, note: "" });
    const before = await snapshot(product.id);
    await rejects(receiveStock(packer, { productId: product.id, binId: bins.a, quantity: 1, note: "" }), "not_found");
    await rejects(
      adjustStock(packer, { productId: product.id, binId: bins.a, quantity: 1, reason: "found more" }),
      "not_found",
    );
    await rejects(
      transferBetweenBins(packer, { productId: product.id, fromBinId: bins.a, toBinId: bins.b, quantity: 1, note: "" }),
      "not_found",
    );
    await rejects(setStockLevels(packer, { productId: product.id, minStock: 1, maxStock: null }), "not_found");
    await rejects(
      saveBin(packer, { warehouseId, code: "X-1", kind: "storage", pickOrder: 0, isActive: true }),
      "not_found",
    );
    expect(await snapshot(product.id)).toEqual(before);
    expect((await listStock(packer, { q: product.sku })).rows).toHaveLength(1);
  });

  it("shows a stock keeper of another warehouse nothing of this one", async () => {
    const product = await createProduct(sellerId);
    await receiveStock(keeper, { productId: product.id, binId: bins.a, quantity: 3, note: "" });
    expect((await listStock(keeper, { q: product.sku })).rows).toHaveLength(1);
    expect((await listStock(otherKeeper, { q: product.sku })).rows).toHaveLength(0);
    await rejects(listStock(otherKeeper, { warehouseId }), "not_found");
    await rejects(getProductStock(otherKeeper, product.id, {}), "not_found");
    await rejects(listBins(otherKeeper, { warehouseId }), "not_found");
    await rejects(getLabels(otherKeeper, { products: product.id }), "not_found");
    await rejects(getLabels(otherKeeper, { bins: bins.a }), "not_found");
    await rejects(
      receiveStock(otherKeeper, { productId: product.id, binId: bins.a, quantity: 1, note: "" }),
      "not_found",
    );
    await rejects(
      adjustStock(otherKeeper, { productId: product.id, binId: bins.a, quantity: -1, reason: "not mine at all" }),
      "not_found",
    );
    await rejects(setStockLevels(otherKeeper, { productId: product.id, minStock: 1, maxStock: null }), "not_found");
    const mine = await getLabels(keeper, { products: product.id, bins: bins.a });
    expect(mine.products[0].svg).toContain("<svg");
    expect(mine.bins[0].qr).toContain("<svg");
    expect((await getProductStock(keeper, product.id, {})).movements.rows).toHaveLength(1);
  });

  it("gives a seller not_found everywhere", async () => {
    const product = await createProduct(sellerId);
    await rejects(listStock(sellerActor, {}), "not_found");
    await rejects(getProductStock(sellerActor, product.id, {}), "not_found");
    await rejects(
      receiveStock(sellerActor, { productId: product.id, binId: bins.a, quantity: 1, note: "" }),
      "not_found",
    );
    await rejects(
      adjustStock(sellerActor, { productId: product.id, binId: bins.a, quantity: 1, reason: "found more" }),
      "not_found",
    );
    await rejects(listLowStock(sellerActor, {}), "not_found");
    await rejects(getLabels(sellerActor, { bins: bins.a }), "not_found");
  });
});
