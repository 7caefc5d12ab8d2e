// Order intake: concurrent code allocation, likely-duplicate flags, the order form's action,
// CSV import batches, list filters, the detail view and the CSV export — always scoped to
// the actor's own seller (seller A never reaches seller B's orders).
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { createOrder } from "@/lib/orders/create-order";
import { exportOrders } from "@/lib/orders/export-orders";
import { finishOrderImport } from "@/lib/orders/finish-order-import";
import { getOrder } from "@/lib/orders/get-order";
import { importOrderChunk } from "@/lib/orders/import-order-chunk";
import type { ImportRow } from "@/lib/orders/import-rows";
import { listOrderableProducts } from "@/lib/orders/list-orderable-products";
import { listOrders } from "@/lib/orders/list-orders";
import { startOrderImport } from "@/lib/orders/start-order-import";
import { validateOrderImport } from "@/lib/orders/validate-order-import";
import { RATE_LIMITS } from "@/lib/security/rate-limits";
import { actorFor, createProduct, createSeller, userWithActor } from "../support/factories";
import { rejects } from "../support/expect";

const current = vi.hoisted(() => ({ actor: null as null | import("@/lib/auth/actor").Actor }));
vi.mock("@/lib/auth/actor", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/actor")>();
  return { ...real, getActor: vi.fn(async () => current.actor) };
});
delete process.env.RATE_LIMIT_MULTIPLIER;

const { createOrderAction } = await import("@/lib/orders/actions");
const { GET: exportRoute } = await import("@/app/api/exports/orders/route");

type P = Awaited<ReturnType<typeof createProduct>>;
let sellerA: Actor;
let sellerB: Actor;
let staff: Actor;
let pA: P;
let pA2: P;
let pendingA: P;
let pB: P;

const input = (productId: string, over: Record<string, unknown> = {}) => ({
  customerName: "Mariam Saeed",
  customerPhone: "050 111 2233",
  emirate: "dubai" as const,
  city: "Dubai",
  area: "Al Barsha",
  street: "Street 5",
  building: "Villa 9",
  landmark: "Near the park",
  lines: [{ productId, quantity: 2 }],
  ...over,
});

beforeAll(async () => {
  const a = await createSeller();
  const b = await createSeller();
  sellerA = await actorFor(a.user);
  sellerB = await actorFor(b.user);
  staff = (await userWithActor({ role: "callcenter_manager" })).actor;
  pA = await createProduct(a.profile.id, { priceFils: 24_900 });
  pA2 = await createProduct(a.profile.id, { priceFils: 8_900 });
  pendingA = await createProduct(a.profile.id, { approved: false });
  pB = await createProduct(b.profile.id, { priceFils: 18_900 });
});

beforeEach(() => {
  current.actor = null;
});

describe("createOrder under concurrency", () => {
  it("gives 50 concurrent orders of one UAE day 50 distinct, consecutive codes", async () => {
    const now = new Date("2031-05-17T06:00:00Z"); // 10:00 in Dubai
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        createOrder(sellerA, input(pA.id, { customerPhone: `05011${String(i).padStart(5, "0")}` }), { now }),
      ),
    );
    const codes = results.map((r) => r.code).sort();
    expect(new Set(codes).size).toBe(50);
    expect(codes).toEqual(Array.from({ length: 50 }, (_, i) => `#310517${String(i + 1).padStart(3, "0")}`));
    expect(await db.order.count({ where: { code: { startsWith: "#310517" } } })).toBe(50);
  });
});

describe("likely duplicates", () => {
  it("flags the same phone + product within the window, not another product or a later order", async () => {
    const t0 = new Date("2031-06-01T08:00:00Z");
    const phone = "055 700 0001";
    const first = await createOrder(sellerA, input(pA.id, { customerPhone: phone }), { now: t0 });
    expect(first.isLikelyDuplicate).toBe(false);
    const again = await createOrder(sellerA, input(pA.id, { customerPhone: "+971557000001" }), {
      now: new Date(t0.getTime() + 3_600_000),
    });
    expect(again).toMatchObject({ isLikelyDuplicate: true, duplicateOfId: first.id });
    const otherProduct = await createOrder(sellerA, input(pA2.id, { customerPhone: phone }), {
      now: new Date(t0.getTime() + 7_200_000),
    });
    expect(otherProduct.isLikelyDuplicate).toBe(false);
    const muchLater = await createOrder(sellerA, input(pA.id, { customerPhone: phone }), {
      now: new Date(t0.getTime() + 200 * 3_600_000),
    });
    expect(muchLater.isLikelyDuplicate).toBe(false);
    // Another seller's order for the same customer is not "a duplicate" of seller A's.
    const otherSeller = await createOrder(sellerB, input(pB.id, { customerPhone: phone }), {
      now: new Date(t0.getTime() + 3_600_000),
    });
    expect(otherSeller.isLikelyDuplicate).toBe(false);

    // The detail shows the flag and links the earlier order, for the seller and for staff.
    const detail = await getOrder(sellerA, { id: again.id });
    expect(detail).toMatchObject({ isLikelyDuplicate: true, duplicateOf: { id: first.id, code: first.code } });
    expect((await getOrder(staff, { id: again.id })).duplicateOf).toEqual({ id: first.id, code: first.code });
  });
});

describe("the order form action", () => {
  it("creates the order from AED text, recomputes the total and ignores a client total", async () => {
    current.actor = sellerA;
    const res = await createOrderAction({
      ...input(pA.id),
      customerPhone: "٠٥٠١٢٣٤٥٦٧",
      lines: [
        { productId: pA.id, quantity: "2", unitPriceAed: "199.50" },
        { productId: pA2.id, quantity: "1", unitPriceAed: "" },
      ],
      notes: "Call after 5pm",
      externalRef: "",
      totalFils: 1,
    } as never);
    if (!res.ok) throw new Error(JSON.stringify(res));
    const o = await db.order.findUniqueOrThrow({
      where: { id: res.data.id },
      include: { lines: { orderBy: { unitPriceFils: "desc" } } },
    });
    expect(o.totalFils).toBe(2 * 19_950 + 8_900);
    expect(o.lines.map((l) => [l.unitPriceFils, l.quantity])).toEqual([
      [19_950, 2],
      [8_900, 1],
    ]);
    expect(o.source).toBe("form");
    expect((await getOrder(sellerA, { id: o.id })).customerPhone).toBe("+971501234567");
  });

  it("answers a bad phone and a bad price with field codes, and writes nothing", async () => {
    current.actor = sellerA;
    const before = await db.order.count();
    const res = await createOrderAction({
      ...input(pA.id),
      customerPhone: "12345",
      lines: [{ productId: pA.id, quantity: "1", unitPriceAed: "12,5" }],
    } as never);
    expect(res).toMatchObject({
      ok: false,
      error: "validation",
      fields: { customerPhone: "phone_invalid", "lines.0.unitPriceAed": "amount_invalid" },
    });
    expect(await db.order.count()).toBe(before);
  });

  it("refuses another seller's product and a pending product as if unknown / not orderable", async () => {
    current.actor = sellerA;
    expect(
      await createOrderAction({
        ...input(pB.id),
        lines: [{ productId: pB.id, quantity: "1", unitPriceAed: "" }],
      } as never),
    ).toMatchObject({ ok: false, error: "validation", fields: { "lines.0.productId": "product_not_found" } });
    expect(
      await createOrderAction({
        ...input(pendingA.id),
        lines: [{ productId: pendingA.id, quantity: "1", unitPriceAed: "" }],
      } as never),
    ).toMatchObject({ ok: false, error: "validation", fields: { "lines.0.productId": "product_not_orderable" } });
    expect((await listOrderableProducts(sellerA)).map((p) => p.id).sort()).toEqual([pA.id, pA2.id].sort());
  });
});

describe("CSV import", () => {
  const row = (line: number, over: Partial<ImportRow> = {}): ImportRow => ({
    line,
    customer_name: `Import ${line}`,
    phone: `05220000${String(line).padStart(2, "0")}`,
    emirate: "Sharjah",
    city: "Sharjah",
    street: "Corniche",
    sku: pA.sku,
    quantity: "1",
    ...over,
  });

  it("imports only the good rows, each order whole, and records the batch with the refused rows", async () => {
    const rows: ImportRow[] = [
      row(2),
      row(3, { phone: "12345" }),
      row(4, { sku: pB.sku }), // seller B's SKU: unknown to seller A
      row(5, { sku: pendingA.sku }),
      row(6, { emirate: "عجمان", external_ref: "WEB-7" }),
      row(7, { sku: pA2.sku, quantity: "3", unit_price_aed: "80", external_ref: "WEB-7", phone: "" }), // phone may be left empty
      row(8, { external_ref: "WEB-8" }),
      row(9, { sku: pA2.sku, quantity: "0", external_ref: "WEB-8", phone: "+971 52 2000 008" }), // spoils its whole order
    ];
    const preview = await validateOrderImport(sellerA, { rows });
    expect(preview.errors.filter((e) => e.reason !== "order_has_bad_row").map((e) => e.line)).toEqual([3, 4, 5, 9]);
    expect(preview.orders).toBe(2);

    const before = await db.order.count({ where: { sellerId: sellerA.sellerId! } });
    const { batchId } = await startOrderImport(sellerA, { fileName: "orders.csv", totalRows: rows.length });
    const chunk = await importOrderChunk(sellerA, { batchId, rows });
    expect(chunk.created.map((c) => c.lines)).toEqual([[2], [6, 7]]);
    const report = await finishOrderImport(sellerA, { batchId });

    expect(await db.order.count({ where: { sellerId: sellerA.sellerId! } })).toBe(before + 2);
    expect(await db.order.count({ where: { customerName: "Import 8" } })).toBe(0); // never half an order
    const multi = await db.order.findFirstOrThrow({ where: { code: chunk.created[1].code }, include: { lines: true } });
    expect(multi).toMatchObject({
      emirate: "ajman",
      externalRef: "WEB-7",
      source: "csv",
      totalFils: pA.sellingPriceFils + 3 * 8_000,
    });
    expect(multi.lines).toHaveLength(2);

    expect(report).toMatchObject({ totalRows: 8, importedRows: 3, failedRows: 5 });
    expect(report.finishedAt).not.toBeNull();
    expect(report.errors).toEqual([
      { line: 3, reason: "phone_invalid", field: "phone" },
      { line: 4, reason: "sku_unknown", field: "sku" },
      { line: 5, reason: "product_not_orderable", field: "sku" },
      { line: 8, reason: "order_has_bad_row" },
      { line: 9, reason: "quantity_invalid", field: "quantity" },
    ]);
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(batch).toMatchObject({ kind: "orders", sellerId: sellerA.sellerId, importedRows: 3, failedRows: 5 });
  });

  it("a chunk sent again (sequentially or at the same time) creates nothing twice and counts nothing twice", async () => {
    const rows: ImportRow[] = [
      row(2, { customer_name: "Resend A" }),
      row(3, { phone: "12345" }),
      row(4, { customer_name: "Resend B" }),
    ];
    const { batchId } = await startOrderImport(sellerA, { fileName: "resend.csv", totalRows: rows.length });
    const first = await importOrderChunk(sellerA, { batchId, rows });
    const again = await importOrderChunk(sellerA, { batchId, rows });
    const [c1, c2] = await Promise.all([
      importOrderChunk(sellerA, { batchId, rows }),
      importOrderChunk(sellerA, { batchId, rows }),
    ]);
    for (const r of [again, c1, c2]) {
      expect(r.created).toEqual(first.created);
      expect(r.errors.map((e) => e.line)).toEqual([3]);
    }
    expect(await db.order.count({ where: { customerName: { in: ["Resend A", "Resend B"] } } })).toBe(2);
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(batch).toMatchObject({ importedRows: 2, failedRows: 1 });
    expect(batch.errors).toEqual([{ line: 3, reason: "phone_invalid", field: "phone" }]);
  });

  it("refuses files over 2,000 rows, chunks into a closed or foreign batch, and rows beyond the announced total", async () => {
    await rejects(startOrderImport(sellerA, { fileName: "big.csv", totalRows: 2001 }), "import_too_large");
    const { batchId } = await startOrderImport(sellerA, { fileName: "one.csv", totalRows: 1 });
    await rejects(importOrderChunk(sellerB, { batchId, rows: [row(2)] }), "not_found");
    await rejects(importOrderChunk(sellerA, { batchId, rows: [row(2), row(3)] }), "import_too_large");
    await finishOrderImport(sellerA, { batchId });
    await rejects(importOrderChunk(sellerA, { batchId, rows: [row(2)] }), "not_found");
  });
});

describe("list, detail and export are scoped to the actor's seller", () => {
  let orderA: { id: string; code: string };
  let orderB: { id: string; code: string };
  beforeAll(async () => {
    orderA = await createOrder(
      sellerA,
      input(pA.id, { customerName: "Scope Alpha", customerPhone: "056 400 0001", emirate: "fujairah" }),
    );
    orderB = await createOrder(sellerB, input(pB.id, { customerName: "Scope Bravo", customerPhone: "056 400 0002" }));
  });

  it("seller A gets not_found for seller B's order, staff with orders.view_all can open it", async () => {
    await rejects(getOrder(sellerA, { id: orderB.id }), "not_found");
    await rejects(getOrder(sellerA, { id: "no-such-id" }), "not_found");
    expect((await getOrder(staff, { id: orderB.id })).code).toBe(orderB.code);
  });

  it("filters by code, phone (blind index), name, emirate, status and UAE day — never across sellers", async () => {
    const codes = async (actor: Actor, f: Record<string, string>) =>
      (await listOrders(actor, f)).rows.map((r) => r.code);
    expect(await codes(sellerA, { q: orderA.code })).toEqual([orderA.code]);
    expect(await codes(sellerA, { q: orderA.code.slice(1) })).toEqual([orderA.code]);
    expect(await codes(sellerA, { q: "+971 56 400 0001" })).toEqual([orderA.code]);
    expect(await codes(sellerA, { q: "scope alp" })).toEqual([orderA.code]);
    expect(await codes(sellerA, { q: "0564000002" })).toEqual([]);
    expect(await codes(sellerA, { q: orderB.code })).toEqual([]);
    expect(await codes(sellerA, { q: "Scope Bravo" })).toEqual([]);
    expect(await codes(sellerA, { emirate: "fujairah" })).toEqual([orderA.code]);
    expect(await codes(sellerA, { q: "Scope", status: "pending" })).toEqual([orderA.code]);
    expect(await codes(sellerA, { q: "Scope", status: "delivered" })).toEqual([]);
    // 23:30 Dubai on 2031-07-01 is 19:30 UTC: it belongs to the UAE day 2031-07-01.
    const late = await createOrder(
      sellerA,
      input(pA2.id, { customerName: "Late Night", customerPhone: "056 400 0003" }),
      { now: new Date("2031-07-01T19:30:00Z") },
    );
    expect(await codes(sellerA, { from: "2031-07-01", to: "2031-07-01" })).toEqual([late.code]);
    expect(await codes(sellerA, { from: "2031-07-02" })).toEqual([]);
    const page = await listOrders(sellerA, { q: "Scope" });
    expect(page.rows[0]).toMatchObject({ sellerStatus: "pending", itemCount: 2 });
  });

  it("the detail decrypts phone and address and shows a seller only the events visible to it, without notes", async () => {
    await db.orderEvent.create({
      data: {
        orderId: orderA.id,
        toState: "seller_submitted",
        type: "call",
        note: "agent-only note",
        visibleToSeller: true,
      },
    });
    await db.orderEvent.create({
      data: {
        orderId: orderA.id,
        toState: "delivery_in_progress",
        type: "transition",
        note: "raw courier text",
        visibleToSeller: false,
      },
    });
    const d = await getOrder(sellerA, { id: orderA.id });
    expect(d).toMatchObject({
      customerPhone: "+971564000001",
      street: "Street 5",
      building: "Villa 9",
      landmark: "Near the park",
      sellerStatus: "pending",
      state: null,
    });
    expect(d.events).toHaveLength(1);
    expect(JSON.stringify(d)).not.toContain("agent-only note");
    expect(JSON.stringify(d)).not.toContain("raw courier text");
    expect(JSON.stringify(d.events)).not.toContain("seller_submitted");
    const s = await getOrder(staff, { id: orderA.id });
    expect(s.events.length).toBe(3);
    expect(s.state).toBe("seller_submitted");
  });

  it("exports only the actor's orders, decrypted, audited with filters and row count", async () => {
    const { csv, rowCount } = await exportOrders(sellerA, { q: "Scope" });
    expect(rowCount).toBe(1);
    expect(csv).toContain(orderA.code);
    expect(csv).toContain("+971564000001");
    expect(csv).not.toContain(orderB.code);
    const all = await exportOrders(sellerA, {});
    expect(all.csv).not.toContain(orderB.code);
    expect(all.csv).not.toContain("Scope Bravo");
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "orders.export", actorId: sellerA.userId },
      orderBy: { seq: "asc" },
    });
    expect(audit.after).toEqual({ filters: { q: "Scope" }, rowCount: 1 });
  });

  it("refuses an export above the cap and writes no audit row", async () => {
    const audits = await db.auditLog.count({ where: { action: "orders.export" } });
    const e = await rejects(exportOrders(sellerA, {}, { max: 3 }), "export_too_large");
    expect(e.params).toEqual({ max: 3 });
    expect(await db.auditLog.count({ where: { action: "orders.export" } })).toBe(audits);
    await rejects(exportOrders(staff, {}), "not_found"); // a call-center manager may view, not export
  });

  it("the export route answers CSV as an attachment, no-store, 404 signed out, 429 past the rate limit", async () => {
    current.actor = null;
    expect((await exportRoute(new Request("http://x/api/exports/orders"))).status).toBe(404);
    const { actor } = await (async () => ({ actor: await actorFor((await createSeller()).user) }))();
    current.actor = actor;
    const res = await exportRoute(new Request("http://x/api/exports/orders?q=Scope"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="orders-\d{6}\.csv"$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.text()).not.toContain("Scope");
    let last = res;
    for (let i = 0; i < RATE_LIMITS["orders.export"].tokens; i++)
      last = await exportRoute(new Request("http://x/api/exports/orders"));
    expect(last.status).toBe(429);
    expect(last.headers.get("retry-after")).toMatch(/^\d+$/);
  });
});
