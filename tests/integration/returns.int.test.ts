// Returns on the embedded PostgreSQL: receiving, inspection into stock (sellable) or a damaged
// bin, the order's receive_return transition, codes under concurrency, concurrent inspections,
// refusals that write nothing, and who may see which return.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { readFile } from "@/lib/files/read-file";
import { consumeOrderReservation } from "@/lib/inventory/ledger";
import { closeReturn } from "@/lib/returns/close-return";
import { createReturn } from "@/lib/returns/create-return";
import { getSellerReturn } from "@/lib/returns/get-seller-return";
import { getWarehouseReturn } from "@/lib/returns/get-return";
import { inspectReturn } from "@/lib/returns/inspect-return";
import type { InspectReturnInput } from "@/lib/returns/inspect-return.schema";
import { incomingByCourier, listWarehouseReturns } from "@/lib/returns/list-returns";
import { listSellerReturns, sellerReturnsOfOrder } from "@/lib/returns/list-seller-returns";
import { receiveReturns } from "@/lib/returns/receive-returns";
import {
  actorFor,
  createCourier,
  createProduct,
  createSeller,
  seedSystemRoles,
  userWithActor,
} from "../support/factories";
import { outcomeOf, rejects } from "../support/expect";
import {
  TX_OPTIONS,
  balanceOf,
  createBin,
  createOrderWithLines,
  createWarehouse,
  receiveStock,
  reserve,
} from "../support/stock";

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3,
]);

let seller1: { actor: Actor; userId: string; sellerId: string };
let seller2: Actor;
let keeper: Actor;
let keeper2: Actor;
let otherKeeper: Actor;
let packer: Actor;
let courierActor: Actor;
let courierId: string;
let productA: string;
let productB: string;
const bins = {} as Record<
  "stock" | "storage2" | "returns" | "damaged" | "packing" | "inactive" | "otherStorage" | "otherDamaged",
  string
>;

async function assignWarehouse(userId: string, warehouseId: string) {
  await db.userWarehouse.create({ data: { userId, warehouseId } });
}

/** Available units of a product across the warehouse's storage bins (what can be reserved). */
async function available(productId: string) {
  const rows = await db.stockBalance.findMany({ where: { productId, location: { kind: "storage", isActive: true } } });
  return rows.reduce((n, r) => n + r.onHand - r.reserved, 0);
}

/**
 * An order of seller1 that was reserved, packed (reservation consumed), handed to the courier
 * and turned back: state `returning` with an in-transit Return from createReturn.
 */
async function returningOrder(
  lines: Array<{ productId: string; quantity: number }>,
  opts: { source?: "refused" | "customer"; courier?: string | null } = {},
) {
  const order = await createOrderWithLines(seller1.sellerId, seller1.userId, lines);
  const reserved = await reserve(order.id);
  expect(reserved.ok).toBe(true);
  await db.$transaction((tx) => consumeOrderReservation(tx, { orderId: order.id, actorId: null }), TX_OPTIONS);
  const ret = await db.$transaction(async (tx) => {
    await tx.order.update({
      where: { id: order.id },
      data: {
        state: "returning",
        version: { increment: 1 },
        assignedCourierId: opts.courier === undefined ? courierId : opts.courier,
      },
    });
    return createReturn(tx, {
      orderId: order.id,
      sellerId: seller1.sellerId,
      source: opts.source ?? "refused",
      reason: "Customer refused at the door",
      actorId: null,
    });
  }, TX_OPTIONS);
  return { order: await db.order.findUniqueOrThrow({ where: { id: order.id } }), ret };
}

async function receivedReturn(lines: Array<{ productId: string; quantity: number }>) {
  const r = await returningOrder(lines);
  expect(await receiveReturns(keeper, { returnIds: [r.ret.id] })).toEqual({ received: 1, skipped: 0 });
  const version = (await db.return.findUniqueOrThrow({ where: { id: r.ret.id } })).version;
  return { ...r, version };
}

const inspection = (returnId: string, version: number, over: Partial<InspectReturnInput> = {}): InspectReturnInput => ({
  returnId,
  version,
  result: "sellable",
  notes: "",
  locationId: bins.storage2,
  refund: "",
  refundStatus: "none",
  ...over,
});

beforeAll(async () => {
  await seedSystemRoles();
  const s1 = await createSeller();
  seller1 = { actor: await actorFor(s1.user), userId: s1.user.id, sellerId: s1.profile.id };
  seller2 = await actorFor((await createSeller()).user);
  const k = await userWithActor({ role: "stock_keeper", name: "Keeper One" });
  const k2 = await userWithActor({ role: "stock_keeper", name: "Keeper Two" });
  const ok = await userWithActor({ role: "stock_keeper", name: "Keeper Elsewhere" });
  packer = (await userWithActor({ role: "packaging_agent" })).actor;
  const c = await userWithActor({ role: "delivery_agent" });
  courierActor = c.actor;
  courierId = (await createCourier(c.user.id)).id;

  const w = await createWarehouse();
  const other = await createWarehouse();
  bins.stock = (await createBin(w.id, { kind: "storage", pickOrder: 0 })).id;
  bins.storage2 = (await createBin(w.id, { kind: "storage", pickOrder: 5 })).id;
  bins.returns = (await createBin(w.id, { kind: "returns" })).id;
  bins.damaged = (await createBin(w.id, { kind: "damaged" })).id;
  bins.packing = (await createBin(w.id, { kind: "packing" })).id;
  bins.inactive = (await createBin(w.id, { kind: "storage", isActive: false })).id;
  bins.otherStorage = (await createBin(other.id, { kind: "storage" })).id;
  bins.otherDamaged = (await createBin(other.id, { kind: "damaged" })).id;
  for (const u of [k.user.id, k2.user.id]) await assignWarehouse(u, w.id);
  await assignWarehouse(packer.userId, w.id);
  await assignWarehouse(ok.user.id, other.id);
  // Actors are built after the warehouse grants (they do not carry them, but keep it obvious).
  keeper = await actorFor(k.user);
  keeper2 = await actorFor(k2.user);
  otherKeeper = await actorFor(ok.user);

  productA = (await createProduct(seller1.sellerId)).id;
  productB = (await createProduct(seller1.sellerId)).id;
  await receiveStock(productA, bins.stock, 200);
  await receiveStock(productB, bins.stock, 200);
});

describe("return codes", () => {
  it("are RETYYMMDDNNN of the UAE day, distinct and consecutive under concurrent createReturn calls", async () => {
    const orders = await Promise.all(
      Array.from({ length: 6 }, () =>
        createOrderWithLines(seller1.sellerId, seller1.userId, [{ productId: productA, quantity: 1 }], {
          state: "returning",
        }),
      ),
    );
    const codes = await Promise.all(
      orders.map((o) =>
        db
          .$transaction(
            (tx) =>
              createReturn(tx, {
                orderId: o.id,
                sellerId: seller1.sellerId,
                source: "failed_delivery",
                reason: "attempts exhausted",
                actorId: null,
              }),
            TX_OPTIONS,
          )
          .then((r) => r.code),
      ),
    );
    // YYMMDD of today in Dubai, computed independently of the code under test.
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Dubai" })
      .format(new Date())
      .replace(/-/g, "")
      .slice(2);
    for (const c of codes) expect(c).toMatch(new RegExp(`^RET${day}\\d{3}$`));
    const seqs = codes.map((c) => Number(c.slice(9))).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(6);
    expect(seqs[5] - seqs[0]).toBe(5);
    // Partial unique index: a second open return of the same order is refused.
    await expect(
      db.$transaction((tx) =>
        createReturn(tx, {
          orderId: orders[0].id,
          sellerId: seller1.sellerId,
          source: "refused",
          reason: "again",
          actorId: null,
        }),
      ),
    ).rejects.toThrow();
  });
});

describe("receiving", () => {
  it("receives one or many in-transit returns once; a second receive skips them", async () => {
    const a = await returningOrder([{ productId: productA, quantity: 1 }]);
    const b = await returningOrder([{ productId: productB, quantity: 1 }], { source: "customer", courier: null });
    expect(b.ret).toBeTruthy();
    expect((await db.return.findUniqueOrThrow({ where: { id: b.ret.id } })).status).toBe("requested");
    expect(await receiveReturns(keeper, { returnIds: [a.ret.id, b.ret.id] })).toEqual({ received: 2, skipped: 0 });
    expect(await receiveReturns(keeper2, { returnIds: [a.ret.id, b.ret.id] })).toEqual({ received: 0, skipped: 2 });
    const rows = await db.return.findMany({ where: { id: { in: [a.ret.id, b.ret.id] } } });
    for (const r of rows) expect(r).toMatchObject({ status: "received", receivedById: keeper.userId, version: 1 });
    expect(rows[0].receivedAt).toBeInstanceOf(Date);
    await rejects(receiveReturns(keeper, { returnIds: [] }), "validation");
  });

  it("lists returns by courier and status, and searches by return or order code", async () => {
    const a = await returningOrder([{ productId: productA, quantity: 1 }]);
    const drop = await returningOrder([{ productId: productA, quantity: 1 }], { source: "customer", courier: null });
    const byCourier = await listWarehouseReturns(keeper, { view: "incoming", courierId });
    expect(byCourier.rows.map((r) => r.code)).toContain(a.ret.code);
    expect(byCourier.rows.map((r) => r.code)).not.toContain(drop.ret.code);
    expect(byCourier.rows.every((r) => r.courier?.id === courierId)).toBe(true);
    const none = await listWarehouseReturns(keeper, { view: "incoming", courierId: "none" });
    expect(none.rows.map((r) => r.code)).toEqual(expect.arrayContaining([drop.ret.code]));
    expect(none.rows.map((r) => r.code)).not.toContain(a.ret.code);
    const groups = await incomingByCourier(keeper);
    const incoming = await db.return.count({
      where: { status: { in: ["requested", "in_transit"] }, order: { assignedCourierId: courierId } },
    });
    expect(groups.find((g) => g.courierId === courierId)?.count).toBe(incoming);
    expect(groups.find((g) => g.courierId === null)?.count).toBeGreaterThanOrEqual(1);
    expect((await listWarehouseReturns(keeper, { view: "all", q: a.ret.code })).rows.map((r) => r.id)).toEqual([
      a.ret.id,
    ]);
    expect((await listWarehouseReturns(keeper, { view: "all", q: a.order.code })).rows.map((r) => r.id)).toEqual([
      a.ret.id,
    ]);
    expect((await listWarehouseReturns(keeper, { view: "received", q: a.ret.code })).rows).toEqual([]);
  });
});

describe("inspection", () => {
  it("sellable: every line back into the chosen storage bin, available again, order returned, seller notified", async () => {
    const availableBefore = await available(productA);
    const { order, ret, version } = await receivedReturn([
      { productId: productA, quantity: 2 },
      { productId: productB, quantity: 1 },
    ]);
    expect(await available(productA)).toBe(availableBefore - 2);
    const storage2Before = await balanceOf(productA, bins.storage2);

    expect(await inspectReturn(keeper, inspection(ret.id, version))).toEqual({ code: ret.code, status: "inspected" });

    expect(await available(productA)).toBe(availableBefore);
    expect((await balanceOf(productA, bins.storage2)).onHand).toBe(storage2Before.onHand + 2);
    const moves = await db.stockMovement.findMany({ where: { returnId: ret.id }, orderBy: { productId: "asc" } });
    expect(moves).toHaveLength(2);
    for (const m of moves)
      expect(m).toMatchObject({
        type: "return_to_stock",
        locationId: bins.storage2,
        orderId: order.id,
        actorId: keeper.userId,
      });
    expect(moves.map((m) => [m.productId, m.quantity]).sort()).toEqual(
      [
        [productA, 2],
        [productB, 1],
      ].sort(),
    );

    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).state).toBe("returned");
    const event = await db.orderEvent.findFirst({ where: { orderId: order.id, toState: "returned" } });
    expect(event).toMatchObject({ fromState: "returning", actorId: keeper.userId });
    const saved = await db.return.findUniqueOrThrow({ where: { id: ret.id } });
    expect(saved).toMatchObject({
      status: "inspected",
      inspectionResult: "sellable",
      locationId: bins.storage2,
      inspectedById: keeper.userId,
      refundFils: 0,
      refundStatus: "none",
    });
    expect(await db.refund.count({ where: { returnId: ret.id } })).toBe(0);
    const note = await db.notification.findFirst({
      where: { userId: seller1.userId, type: "return_inspected" },
      orderBy: { createdAt: "desc" },
    });
    expect(note).toMatchObject({ params: { code: ret.code }, link: `/seller/returns/${ret.id}` });
    expect(await db.auditLog.count({ where: { action: "returns.inspect", targetId: ret.id } })).toBe(1);

    // Inspecting again is a conflict; closing needs the current version.
    await rejects(inspectReturn(keeper, inspection(ret.id, saved.version)), "conflict");
    await rejects(closeReturn(keeper, { returnId: ret.id, version: version }), "conflict");
    expect(await closeReturn(keeper, { returnId: ret.id, version: saved.version })).toEqual({ status: "closed" });
    expect((await db.return.findUniqueOrThrow({ where: { id: ret.id } })).status).toBe("closed");
    expect(await db.stockMovement.count({ where: { returnId: ret.id } })).toBe(2);
  });

  it("sellable goes to a storage bin only: a returns-area bin would hide it from reservations, so it is refused", async () => {
    const { ret, version } = await receivedReturn([{ productId: productB, quantity: 1 }]);
    const before = await balanceOf(productB, bins.returns);
    await rejects(inspectReturn(keeper, inspection(ret.id, version, { locationId: bins.returns })), "validation");
    expect(await balanceOf(productB, bins.returns)).toEqual(before);
    expect((await db.return.findUniqueOrThrow({ where: { id: ret.id } })).status).toBe("received");
  });

  it("damaged: a damage movement into the damaged bin, available unchanged; photos for the seller; refund pending for finance", async () => {
    const { order, ret, version } = await receivedReturn([{ productId: productA, quantity: 3 }]);
    const availableBefore = await available(productA);
    const damagedBefore = await balanceOf(productA, bins.damaged);
    await inspectReturn(
      keeper,
      inspection(ret.id, version, {
        result: "damaged",
        notes: "Box crushed, bottle leaking",
        locationId: bins.damaged,
        refund: "15.50",
        refundStatus: "pending",
        photos: [
          { name: "crushed.png", file: new Blob([PNG]) },
          { name: "leak.png", file: new Blob([PNG]) },
        ],
      }),
    );
    expect(await available(productA)).toBe(availableBefore);
    expect((await balanceOf(productA, bins.damaged)).onHand).toBe(damagedBefore.onHand + 3);
    const moves = await db.stockMovement.findMany({ where: { returnId: ret.id } });
    expect(moves).toHaveLength(1);
    expect(moves[0]).toMatchObject({ type: "damage", quantity: 3, locationId: bins.damaged, orderId: order.id });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).state).toBe("returned");
    expect(await db.return.findUniqueOrThrow({ where: { id: ret.id } })).toMatchObject({
      inspectionResult: "damaged",
      inspectionNotes: "Box crushed, bottle leaking",
      refundFils: 1550,
      refundStatus: "pending",
    });
    expect(await db.refund.findMany({ where: { returnId: ret.id } })).toMatchObject([
      { amountFils: 1550, status: "pending", sellerId: seller1.sellerId, orderId: order.id },
    ]);

    const photos = await db.returnPhoto.findMany({ where: { returnId: ret.id }, include: { file: true } });
    expect(photos).toHaveLength(2);
    for (const p of photos)
      expect(p.file).toMatchObject({ purpose: "return_photo", sellerId: seller1.sellerId, mimeType: "image/png" });
    // The seller reads its own return's photos; another seller cannot.
    const read = await readFile(seller1.actor, photos[0].fileId);
    expect(read.file.id).toBe(photos[0].fileId);
    await read.stream.cancel();
    await rejects(readFile(seller2, photos[0].fileId), "not_found");
    const detail = await getSellerReturn(seller1.actor, { id: ret.id });
    expect(detail.photos.map((p) => p.fileId).sort()).toEqual(photos.map((p) => p.fileId).sort());
  });

  it("two keepers inspecting the same return at once: exactly one wins, stock moves once", async () => {
    const { ret, version } = await receivedReturn([{ productId: productA, quantity: 2 }]);
    const before = await balanceOf(productA, bins.storage2);
    const outcomes = await Promise.all([
      outcomeOf(inspectReturn(keeper, inspection(ret.id, version))),
      outcomeOf(
        inspectReturn(
          keeper2,
          inspection(ret.id, version, { result: "damaged", notes: "Seal broken", locationId: bins.damaged }),
        ),
      ),
    ]);
    expect(outcomes.sort()).toEqual(["conflict", "ok"]);
    const moves = await db.stockMovement.findMany({ where: { returnId: ret.id } });
    expect(moves).toHaveLength(1);
    const saved = await db.return.findUniqueOrThrow({ where: { id: ret.id } });
    expect(saved.version).toBe(version + 1);
    if (saved.inspectionResult === "sellable")
      expect((await balanceOf(productA, bins.storage2)).onHand).toBe(before.onHand + 2);
    else expect(moves[0].type).toBe("damage");
    expect(await db.orderEvent.count({ where: { orderId: saved.orderId, toState: "returned" } })).toBe(1);
  });

  it("refuses bad input and writes nothing", async () => {
    const { order, ret, version } = await receivedReturn([{ productId: productA, quantity: 1 }]);
    const filesBefore = await db.storedFile.count({ where: { purpose: "return_photo" } });
    const photo = [{ name: "p.png", file: new Blob([PNG]) }];
    const cases: Array<[Partial<InspectReturnInput>, string]> = [
      [{ result: "damaged", notes: "", locationId: bins.damaged }, "notes"],
      [{ locationId: bins.otherStorage, photos: photo }, "locationId"],
      [{ result: "damaged", notes: "Torn box", locationId: bins.otherDamaged }, "locationId"],
      [{ locationId: bins.damaged }, "locationId"],
      [{ result: "damaged", notes: "Torn box", locationId: bins.storage2 }, "locationId"],
      [{ locationId: bins.packing }, "locationId"],
      [{ locationId: bins.inactive }, "locationId"],
      [{ refund: String(order.totalFils / 100 + 1), refundStatus: "pending", photos: photo }, "refund"],
      [{ refund: "5", refundStatus: "none" }, "refundStatus"],
      [{ refund: "-5", refundStatus: "pending" }, "refund"],
    ];
    for (const [over, field] of cases) {
      const e = await rejects(inspectReturn(keeper, inspection(ret.id, version, over)), "validation");
      expect(Object.keys(e.fields)).toContain(field);
    }
    // A refund equal to the order total is allowed (checked below: nothing yet written).
    expect(await db.return.findUniqueOrThrow({ where: { id: ret.id } })).toMatchObject({
      status: "received",
      version,
      inspectionResult: null,
      locationId: null,
      refundFils: 0,
    });
    expect(await db.stockMovement.count({ where: { returnId: ret.id } })).toBe(0);
    expect(await db.returnPhoto.count({ where: { returnId: ret.id } })).toBe(0);
    expect(await db.storedFile.count({ where: { purpose: "return_photo" } })).toBe(filesBefore);
    expect(await db.refund.count({ where: { returnId: ret.id } })).toBe(0);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).state).toBe("returning");
    expect(await db.auditLog.count({ where: { action: "returns.inspect", targetId: ret.id } })).toBe(0);

    await inspectReturn(
      keeper,
      inspection(ret.id, version, { refund: String(order.totalFils / 100), refundStatus: "pending" }),
    );
    expect((await db.return.findUniqueOrThrow({ where: { id: ret.id } })).refundFils).toBe(order.totalFils);
  });

  it("an in-transit return cannot be inspected before it is received", async () => {
    const { ret } = await returningOrder([{ productId: productA, quantity: 1 }]);
    await rejects(inspectReturn(keeper, inspection(ret.id, 0)), "conflict");
    expect(await db.stockMovement.count({ where: { returnId: ret.id } })).toBe(0);
  });
});

describe("who may see and act on a return", () => {
  it("a packer, a courier and another warehouse's stock keeper get not_found", async () => {
    const { ret } = await returningOrder([{ productId: productA, quantity: 1 }]);
    for (const actor of [packer, courierActor, otherKeeper, seller1.actor]) {
      await rejects(getWarehouseReturn(actor, { id: ret.id }), "not_found");
      await rejects(inspectReturn(actor, inspection(ret.id, 0)), "not_found");
      await rejects(closeReturn(actor, { returnId: ret.id, version: 0 }), "not_found");
    }
    for (const actor of [packer, courierActor]) {
      await rejects(receiveReturns(actor, { returnIds: [ret.id] }), "not_found");
      await rejects(listWarehouseReturns(actor, {}), "not_found");
    }
    expect(await receiveReturns(otherKeeper, { returnIds: [ret.id] })).toEqual({ received: 0, skipped: 1 });
    expect((await listWarehouseReturns(otherKeeper, { view: "all" })).rows.map((r) => r.id)).not.toContain(ret.id);
    expect((await db.return.findUniqueOrThrow({ where: { id: ret.id } })).status).toBe("in_transit");
    // The keeper of the order's warehouse sees it.
    expect((await getWarehouseReturn(keeper, { id: ret.id })).code).toBe(ret.code);
    expect((await listWarehouseReturns(keeper, { view: "all", q: ret.code })).rows.map((r) => r.id)).toEqual([ret.id]);
  });

  it("a seller sees its own returns (list, detail, order link) and not another seller's", async () => {
    const { order, ret } = await returningOrder([{ productId: productA, quantity: 1 }]);
    const own = await listSellerReturns(seller1.actor, {});
    expect(own.rows.map((r) => r.id)).toContain(ret.id);
    const detail = await getSellerReturn(seller1.actor, { id: ret.id });
    expect(detail).toMatchObject({
      code: ret.code,
      status: "in_transit",
      source: "refused",
      order: { code: order.code },
    });
    // The refused delivery's reason comes from the courier's report: not shown to the seller.
    expect(detail.reason).toBeNull();
    expect("courier" in detail).toBe(false);
    expect((await sellerReturnsOfOrder(seller1.actor, { orderId: order.id })).map((r) => r.id)).toEqual([ret.id]);

    expect((await listSellerReturns(seller2, {})).rows.map((r) => r.id)).not.toContain(ret.id);
    await rejects(getSellerReturn(seller2, { id: ret.id }), "not_found");
    expect(await sellerReturnsOfOrder(seller2, { orderId: order.id })).toEqual([]);
    await rejects(getSellerReturn(keeper, { id: ret.id }), "not_found");
    await rejects(listSellerReturns(keeper, {}), "not_found");
    // Staff opening the order page get no return links.
    expect(await sellerReturnsOfOrder(keeper, { orderId: order.id })).toEqual([]);
  });
});
