// Packaging on the embedded PostgreSQL: scan-to-verify, QC, completion consuming exactly the
// reservation (also under concurrent completions), labels and hand-over to delivery, and who
// may see which orders (warehouse scope, permissions).
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { createOrder as createRealOrder } from "@/lib/orders/create-order";
import { completePacking } from "@/lib/packaging/complete-packing";
import { getPackingOrder } from "@/lib/packaging/get-packing-order";
import { getPickList } from "@/lib/packaging/get-pick-list";
import { getShippingDocuments } from "@/lib/packaging/get-shipping-documents";
import { listPackingQueue, packingStats } from "@/lib/packaging/list-packing-queue";
import { markLabelsPrinted } from "@/lib/packaging/mark-labels-printed";
import { markReady } from "@/lib/packaging/mark-ready";
import { recordPackingDetails } from "@/lib/packaging/record-packing-details";
import { recordQc } from "@/lib/packaging/record-qc";
import { scanItem } from "@/lib/packaging/scan-item";
import { startPacking } from "@/lib/packaging/start-packing";
import * as actions from "@/lib/packaging/actions";
import { actorFor, createProduct, createSeller, seedSystemRoles, userWithActor } from "../support/factories";
import { outcomeOf, rejects } from "../support/expect";
import { balanceOf, createBin, createWarehouse, movementsOf, receiveStock, reserve } from "../support/stock";

const current = vi.hoisted(() => ({ actor: null as null | import("@/lib/auth/actor").Actor }));
vi.mock("@/lib/auth/actor", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/actor")>();
  return { ...real, getActor: vi.fn(async () => current.actor) };
});

let sellerActor: Actor;
let packer: Actor;
let otherPacker: Actor;
let stockKeeper: Actor;
let agent: Actor;
let p1: { id: string; sku: string; barcode: string };
let p2: { id: string; sku: string; barcode: string };
let pOther: { id: string; sku: string; barcode: string };
let binNear: string; // pickOrder 10, few units: a big order is split over two bins
let binFar: string; // pickOrder 20

async function assign(actor: Actor, warehouseId: string) {
  await db.userWarehouse.create({ data: { userId: actor.userId, warehouseId } });
}

/** A real order (encrypted PII) confirmed the way the call center leaves it: reserved, callcenter_approved. */
async function approvedOrder(lines: Array<{ productId: string; quantity: number }>) {
  const o = await createRealOrder(sellerActor, {
    customerName: "Mariam Saeed",
    customerPhone: `050${Math.floor(1_000_000 + Math.random() * 8_999_999)}`,
    emirate: "dubai",
    city: "Dubai",
    area: "Al Barsha",
    street: "Street 12",
    building: "Villa 4",
    landmark: "Near the mosque",
    lines,
  });
  await db.order.update({ where: { id: o.id }, data: { state: "callcenter_approved" } });
  const r = await reserve(o.id);
  expect(r.ok).toBe(true);
  return db.order.findUniqueOrThrow({ where: { id: o.id } });
}

/** Starts packing, scans every unit and passes QC; returns the version to complete with. */
async function packedAndChecked(orderId: string, version: number, lines: Array<{ code: string; quantity: number }>) {
  const started = await startPacking(packer, { orderId, version });
  for (const l of lines) {
    for (let i = 0; i < l.quantity; i++)
      expect((await scanItem(packer, { orderId, version: started.version, code: l.code })).ok).toBe(true);
  }
  await recordQc(packer, { orderId, version: started.version, passed: true });
  return started.version;
}

beforeAll(async () => {
  await seedSystemRoles();
  const s = await createSeller();
  sellerActor = await actorFor(s.user);
  packer = (await userWithActor({ role: "packaging_agent" })).actor;
  otherPacker = (await userWithActor({ role: "packaging_agent" })).actor;
  stockKeeper = (await userWithActor({ role: "stock_keeper" })).actor;
  agent = (await userWithActor({ role: "callcenter_agent" })).actor;
  p1 = await createProduct(s.profile.id);
  p2 = await createProduct(s.profile.id);
  pOther = await createProduct(s.profile.id);
  const wh = await createWarehouse({ emirate: "dubai" });
  binFar = (await createBin(wh.id, { code: "A-20", pickOrder: 20 })).id;
  binNear = (await createBin(wh.id, { code: "Z-10", pickOrder: 10 })).id;
  await receiveStock(p1.id, binNear, 3);
  await receiveStock(p1.id, binFar, 500);
  await receiveStock(p2.id, binFar, 500);
  const other = await createWarehouse({ emirate: "sharjah" });
  const otherBin = (await createBin(other.id, { code: "S-01" })).id;
  await receiveStock(pOther.id, otherBin, 100);
  await assign(packer, wh.id);
  await assign(stockKeeper, wh.id);
  await assign(otherPacker, other.id);
  // Re-read the actors (assignments are rows, not session state; harmless either way).
  packer = await actorFor({ id: packer.userId });
});

describe("packing consumes the reservation", () => {
  it("completion picks exactly what was reserved: onHand −q, reserved −q, available unchanged", async () => {
    const order = await approvedOrder([
      { productId: p1.id, quantity: 4 },
      { productId: p2.id, quantity: 2 },
    ]);
    const reserved = (await movementsOf({ orderId: order.id })).filter((m) => m.type === "reserve");
    expect(reserved.map((m) => m.quantity).reduce((a, b) => a + b, 0)).toBe(6);
    const bins = [...new Set(reserved.map((m) => `${m.productId}|${m.locationId}`))];
    const before = new Map(
      await Promise.all(bins.map(async (k) => [k, await balanceOf(k.split("|")[0], k.split("|")[1])] as const)),
    );

    const version = await packedAndChecked(order.id, order.version, [
      { code: p1.barcode, quantity: 4 },
      { code: p2.sku, quantity: 2 },
    ]);
    const res = await completePacking(packer, { orderId: order.id, version });
    expect(res.picked).toBe(6);

    const after = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(after.state).toBe("packaging_completed");
    const picks = (await movementsOf({ orderId: order.id })).filter((m) => m.type === "pick");
    for (const k of bins) {
      const [productId, locationId] = k.split("|");
      const q = reserved
        .filter((m) => m.productId === productId && m.locationId === locationId)
        .reduce((n, m) => n + m.quantity, 0);
      const b0 = before.get(k)!;
      const b1 = await balanceOf(productId, locationId);
      expect(b1.onHand).toBe(b0.onHand - q);
      expect(b1.reserved).toBe(b0.reserved - q);
      expect(b1.onHand - b1.reserved).toBe(b0.onHand - b0.reserved);
      expect(
        picks
          .filter((m) => m.productId === productId && m.locationId === locationId)
          .reduce((n, m) => n + m.quantity, 0),
      ).toBe(-q);
    }
    const record = await db.packingRecord.findFirstOrThrow({ where: { orderId: order.id } });
    expect(record.completedAt).not.toBeNull();
    expect(record.packerId).toBe(packer.userId);
  });

  it("two concurrent completions: exactly one succeeds and stock is consumed once", async () => {
    const order = await approvedOrder([{ productId: p2.id, quantity: 3 }]);
    const version = await packedAndChecked(order.id, order.version, [{ code: p2.barcode, quantity: 3 }]);
    const before = await balanceOf(p2.id, binFar);
    const outcomes = await Promise.all(
      [
        completePacking(packer, { orderId: order.id, version }),
        completePacking(packer, { orderId: order.id, version }),
      ].map(outcomeOf),
    );
    expect(outcomes.sort()).toEqual(["ok", "order_changed"]);
    const after = await balanceOf(p2.id, binFar);
    expect(after.onHand).toBe(before.onHand - 3);
    expect(after.reserved).toBe(before.reserved - 3);
    expect((await movementsOf({ orderId: order.id })).filter((m) => m.type === "pick")).toHaveLength(1);
    expect(
      await db.orderEvent.count({
        where: { orderId: order.id, data: { path: ["transition"], equals: "complete_packing" } },
      }),
    ).toBe(1);
  });
});

describe("scan-to-verify", () => {
  it("refuses a wrong item and an over-scan and writes nothing", async () => {
    const order = await approvedOrder([{ productId: p1.id, quantity: 1 }]);
    const { version } = await startPacking(packer, { orderId: order.id, version: order.version });
    const wrong = await scanItem(packer, { orderId: order.id, version, code: p2.barcode });
    expect(wrong).toMatchObject({ ok: false, reason: "wrong_item" });
    const unknown = await scanItem(packer, { orderId: order.id, version, code: "NO-SUCH-CODE" });
    expect(unknown).toMatchObject({ ok: false, reason: "wrong_item" });
    expect(await db.packingScan.count({ where: { packingRecord: { orderId: order.id } } })).toBe(0);

    const ok = await scanItem(packer, { orderId: order.id, version, code: p1.sku.toLowerCase() });
    expect(ok).toMatchObject({ ok: true, allScanned: true });
    const over = await scanItem(packer, { orderId: order.id, version, code: p1.barcode });
    expect(over).toMatchObject({ ok: false, reason: "over_scan" });
    expect(over.lines).toEqual([expect.objectContaining({ scanned: 1, needed: 1 })]);
    expect(await db.packingScan.count({ where: { packingRecord: { orderId: order.id } } })).toBe(1);
  });

  it("concurrent scans of the last unit: only one is recorded", async () => {
    const order = await approvedOrder([{ productId: p2.id, quantity: 1 }]);
    const { version } = await startPacking(packer, { orderId: order.id, version: order.version });
    const results = await Promise.all(
      [1, 2, 3].map(() => scanItem(packer, { orderId: order.id, version, code: p2.barcode })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.packingScan.count({ where: { packingRecord: { orderId: order.id } } })).toBe(1);
  });

  it("completion is refused until every item is scanned and QC passed; QC needs every item scanned", async () => {
    const order = await approvedOrder([{ productId: p2.id, quantity: 2 }]);
    const { version } = await startPacking(packer, { orderId: order.id, version: order.version });
    const e1 = await rejects(completePacking(packer, { orderId: order.id, version }), "validation");
    expect(e1.fields._form).toBe("packaging.scan_incomplete");
    await scanItem(packer, { orderId: order.id, version, code: p2.barcode });
    await rejects(recordQc(packer, { orderId: order.id, version, passed: true }), "validation");
    await scanItem(packer, { orderId: order.id, version, code: p2.barcode });
    const e2 = await rejects(completePacking(packer, { orderId: order.id, version }), "validation");
    expect(e2.fields._form).toBe("packaging.qc_required");
    expect((await movementsOf({ orderId: order.id })).filter((m) => m.type === "pick")).toHaveLength(0);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).state).toBe("packaging_in_progress");

    await recordPackingDetails(packer, {
      orderId: order.id,
      version,
      materials: [
        { material: "box_s", qty: 1 },
        { material: "tape", qty: 2 },
      ],
      weightGrams: "850",
      lengthMm: "300",
      widthMm: "200",
      heightMm: "100",
    });
    await recordQc(packer, { orderId: order.id, version, passed: true });
    await completePacking(packer, { orderId: order.id, version });
    const rec = await db.packingRecord.findFirstOrThrow({ where: { orderId: order.id } });
    expect(rec).toMatchObject({
      weightGrams: 850,
      lengthMm: 300,
      widthMm: 200,
      heightMm: 100,
      qcPassed: true,
      qcById: packer.userId,
    });
    expect(rec.materials).toEqual([
      { material: "box_s", qty: 1 },
      { material: "tape", qty: 2 },
    ]);
  });

  it("a failed QC keeps the order in packing; a restart opens a new record and scans start over", async () => {
    const order = await approvedOrder([{ productId: p2.id, quantity: 1 }]);
    const { version } = await startPacking(packer, { orderId: order.id, version: order.version });
    await scanItem(packer, { orderId: order.id, version, code: p2.barcode });
    await rejects(recordQc(packer, { orderId: order.id, version, passed: false, notes: "" }), "validation");
    await recordQc(packer, { orderId: order.id, version, passed: false, notes: "Box crushed" });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).state).toBe("packaging_in_progress");
    await rejects(completePacking(packer, { orderId: order.id, version }), "validation");
    expect(await scanItem(packer, { orderId: order.id, version, code: p2.barcode })).toMatchObject({
      ok: false,
      reason: "restart_required",
    });

    const restarted = await startPacking(packer, { orderId: order.id, version });
    expect(restarted.version).toBe(version + 1);
    expect(await db.packingRecord.count({ where: { orderId: order.id } })).toBe(2);
    const view = await getPackingOrder(packer, { id: order.id });
    expect(view.record?.id).toBe(restarted.recordId);
    expect(view.lines[0].scanned).toBe(0);
    expect(view.canScan).toBe(true);
    // The old version is stale now.
    await rejects(scanItem(packer, { orderId: order.id, version, code: p2.barcode }), "order_changed");
    await packedAndCheckedFrom(order.id, restarted.version, p2.barcode);
    await completePacking(packer, { orderId: order.id, version: restarted.version });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).state).toBe("packaging_completed");
  });

  it("a second start of the same order is order_changed", async () => {
    const order = await approvedOrder([{ productId: p2.id, quantity: 1 }]);
    const outcomes = await Promise.all(
      [1, 2].map(() => outcomeOf(startPacking(packer, { orderId: order.id, version: order.version }))),
    );
    expect(outcomes.sort()).toEqual(["ok", "order_changed"]);
    expect(await db.packingRecord.count({ where: { orderId: order.id } })).toBe(1);
  });
});

async function packedAndCheckedFrom(orderId: string, version: number, code: string) {
  expect((await scanItem(packer, { orderId, version, code })).ok).toBe(true);
  await recordQc(packer, { orderId, version, passed: true });
}

describe("packing record photo", () => {
  const PNG = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3,
  ]);

  it("stores a checked photo for packaging staff only; a disguised file is refused and nothing is recorded", async () => {
    const order = await approvedOrder([{ productId: p2.id, quantity: 1 }]);
    const { version } = await startPacking(packer, { orderId: order.id, version: order.version });
    const bad = await rejects(
      recordPackingDetails(packer, {
        orderId: order.id,
        version,
        materials: [],
        photo: { name: "parcel.png", file: new Blob(["<script>"]) },
      }),
      "validation",
    );
    expect(bad.fields.photo).toBeTruthy();
    expect((await db.packingRecord.findFirstOrThrow({ where: { orderId: order.id } })).photoFileId).toBeNull();

    const res = await recordPackingDetails(packer, {
      orderId: order.id,
      version,
      materials: [],
      weightGrams: 400,
      photo: { name: "parcel.png", file: new Blob([PNG]) },
    });
    const file = await db.storedFile.findUniqueOrThrow({ where: { id: res.photoFileId! } });
    expect(file).toMatchObject({
      purpose: "packing_photo",
      sellerId: null,
      uploadedById: packer.userId,
      mimeType: "image/png",
    });
    expect((await db.packingRecord.findFirstOrThrow({ where: { orderId: order.id } })).photoFileId).toBe(file.id);
    // Another warehouse's packer cannot write to it.
    await rejects(recordPackingDetails(otherPacker, { orderId: order.id, version, materials: [] }), "not_found");
  });
});

describe("queue, pick list, labels, hand-over", () => {
  it("pick lists are sorted by bin pickOrder then code, single and batch", async () => {
    const a = await approvedOrder([{ productId: p1.id, quantity: 5 }]); // 3 from Z-10 (pickOrder 10) if still there, rest from A-20
    const b = await approvedOrder([{ productId: p2.id, quantity: 2 }]);
    const list = await getPickList(packer, [a.id, b.id]);
    expect(list.orders.map((o) => o.id)).toEqual([a.id, b.id]);
    const orderKeys = list.lines.map((l) => [l.pickOrder, l.binCode]);
    expect(orderKeys).toEqual(
      [...orderKeys].sort((x, y) => (x[0] as number) - (y[0] as number) || String(x[1]).localeCompare(String(y[1]))),
    );
    expect(list.totalUnits).toBe(7);
    const single = await getPickList(packer, [b.id]);
    expect(single.lines).toEqual([
      expect.objectContaining({ sku: p2.sku, binCode: "A-20", quantity: 2, orders: [{ code: b.code, quantity: 2 }] }),
    ]);
  });

  it("labels decrypt the contact; printing then mark_ready moves the order to delivery", async () => {
    const order = await approvedOrder([{ productId: p2.id, quantity: 1 }]);
    const version = await packedAndChecked(order.id, order.version, [{ code: p2.barcode, quantity: 1 }]);
    // Not packed yet: nothing to print, nothing ready.
    expect(await markLabelsPrinted(packer, { orderIds: [order.id] })).toEqual({ printed: 0, skipped: 1 });
    await completePacking(packer, { orderId: order.id, version });

    const [label] = await getShippingDocuments(packer, [order.id], "label");
    expect(label.contact).toMatchObject({
      customerName: "Mariam Saeed",
      street: "Street 12",
      building: "Villa 4",
      landmark: "Near the mosque",
      area: "Al Barsha",
    });
    expect(label.contact?.customerPhone).toMatch(/^\+97150\d{7}$/);
    expect(label.barcodeSvg).toContain("<svg");
    expect(label.items).toBe(1);
    expect(label.lines[0].bins).toEqual(["A-20"]);

    const queued = await listPackingQueue(packer, { tab: "to_print" });
    expect(queued.rows.map((r) => r.id)).toContain(order.id);
    expect(await markReady(packer, { orderIds: [order.id] })).toEqual({ ready: 0, skipped: 1 });
    expect(await markLabelsPrinted(packer, { orderIds: [order.id] })).toEqual({ printed: 1, skipped: 0 });
    const printed = await db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(printed.labelPrintedAt).not.toBeNull();
    expect(printed.version).toBe(version + 2);
    expect((await listPackingQueue(packer, { tab: "printed" })).rows.map((r) => r.id)).toContain(order.id);
    expect(await markReady(packer, { orderIds: [order.id] })).toEqual({ ready: 1, skipped: 0 });
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).state).toBe("ready_for_delivery");
  });

  it("the queue lists confirmed orders of the packer's warehouses, oldest first", async () => {
    const a = await approvedOrder([{ productId: p2.id, quantity: 1 }]);
    const b = await approvedOrder([{ productId: p2.id, quantity: 1 }]);
    const q = await listPackingQueue(packer, { tab: "to_pack" });
    const ids = q.rows.map((r) => r.id);
    expect(ids.indexOf(a.id)).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
    const stats = await packingStats(packer);
    expect(stats.to_pack).toBe(q.total);
  });
});

describe("authorization", () => {
  it("a stock keeper, a seller and a call-center agent get not_found everywhere", async () => {
    const order = await approvedOrder([{ productId: p2.id, quantity: 1 }]);
    for (const who of [stockKeeper, sellerActor, agent]) {
      await rejects(startPacking(who, { orderId: order.id, version: order.version }), "not_found");
      await rejects(scanItem(who, { orderId: order.id, version: order.version, code: p2.barcode }), "not_found");
      await rejects(completePacking(who, { orderId: order.id, version: order.version }), "not_found");
      await rejects(getShippingDocuments(who, [order.id], "label"), "not_found");
      await rejects(getShippingDocuments(who, [order.id], "slip"), "not_found");
      await rejects(getPackingOrder(who, { id: order.id }), "not_found");
      await rejects(getPickList(who, [order.id]), "not_found");
      await rejects(markLabelsPrinted(who, { orderIds: [order.id] }), "not_found");
      await rejects(markReady(who, { orderIds: [order.id] }), "not_found");
    }
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).state).toBe("callcenter_approved");
    expect(await db.packingRecord.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("a packer of another warehouse sees nothing of this one; a batch with a foreign id is not_found as a whole", async () => {
    const order = await approvedOrder([{ productId: p2.id, quantity: 1 }]);
    const foreign = await approvedOrder([{ productId: pOther.id, quantity: 1 }]);
    expect(foreign.warehouseId).not.toBe(order.warehouseId);
    const theirs = await listPackingQueue(otherPacker, { tab: "to_pack" });
    expect(theirs.rows.map((r) => r.id)).toEqual([foreign.id]);
    expect((await packingStats(otherPacker)).to_pack).toBe(1);
    await rejects(getPackingOrder(otherPacker, { id: order.id }), "not_found");
    await rejects(startPacking(otherPacker, { orderId: order.id, version: order.version }), "not_found");
    await rejects(getShippingDocuments(otherPacker, [order.id], "label"), "not_found");
    expect((await listPackingQueue(packer, { tab: "to_pack" })).rows.map((r) => r.id)).not.toContain(foreign.id);
    await rejects(getShippingDocuments(packer, [order.id, foreign.id], "label"), "not_found");
    await rejects(getPickList(packer, [order.id, foreign.id]), "not_found");
    await rejects(markLabelsPrinted(packer, { orderIds: [order.id, foreign.id] }), "not_found");
    // A packer with no warehouse assigned sees nothing at all.
    const unassigned = (await userWithActor({ role: "packaging_agent" })).actor;
    expect((await listPackingQueue(unassigned, { tab: "to_pack" })).total).toBe(0);
  });
});

describe("server actions", () => {
  it("check the permission, validate, and return refusals as data", async () => {
    const order = await approvedOrder([{ productId: p2.id, quantity: 1 }]);
    current.actor = stockKeeper;
    expect(await actions.startPackingAction({ orderId: order.id, version: order.version })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    expect(await actions.markLabelsPrintedAction({ orderIds: [order.id] })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    current.actor = packer;
    const started = await actions.startPackingAction({ orderId: order.id, version: order.version });
    expect(started.ok).toBe(true);
    const version = started.ok ? started.data.version : -1;
    expect(await actions.scanItemAction({ orderId: order.id, version, code: "  " })).toMatchObject({
      ok: false,
      error: "validation",
      fields: { code: "packaging.scan_empty" },
    });
    expect(await actions.scanItemAction({ orderId: order.id, version, code: p1.barcode })).toMatchObject({
      ok: true,
      data: { ok: false, reason: "wrong_item" },
    });
    expect(await actions.recordQcAction({ orderId: order.id, version, passed: false, notes: "" })).toMatchObject({
      ok: false,
      error: "validation",
      fields: { notes: "packaging.qc_notes_required" },
    });
    expect(await actions.markReadyAction({ orderIds: [] })).toMatchObject({
      ok: false,
      error: "validation",
      fields: { orderIds: "select_orders" },
    });
    current.actor = null;
  });
});
