// Attacker seller vs victim seller through the real server actions (defineAction: session →
// permission → zod → use-case), the route handlers and the lib reads, with the request's
// actor stubbed. Seller B holds seller A's ids (product, order, import batch, API token, file)
// and gets not_found — or nothing — everywhere; nothing of A's changes. Staff without any
// seller-data permission (courier, agent with nothing assigned, stock keeper) get not_found too.
// The browser side of the same attacks is e2e/cross-seller.spec.ts.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { createApiToken } from "@/lib/api/create-api-token";
import { createApiOrder } from "@/lib/api/create-api-order";
import { getApiOrder } from "@/lib/api/get-api-order";
import { listApiOrders } from "@/lib/api/list-api-orders";
import { listApiTokens } from "@/lib/api/list-api-tokens";
import { readFile } from "@/lib/files/read-file";
import { createOrder } from "@/lib/orders/create-order";
import { exportOrders } from "@/lib/orders/export-orders";
import { getOrder } from "@/lib/orders/get-order";
import { listOrders } from "@/lib/orders/list-orders";
import { startOrderImport } from "@/lib/orders/start-order-import";
import { getProduct } from "@/lib/products/get-product";
import { listProducts } from "@/lib/products/list-products";
import { actorFor, createProduct, createSeller, seedSystemRoles, userWithActor } from "../support/factories";
import { rejects } from "../support/expect";

const current = vi.hoisted(() => ({ actor: null as null | import("@/lib/auth/actor").Actor }));
vi.mock("@/lib/auth/actor", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/auth/actor")>();
  return { ...real, getActor: vi.fn(async () => current.actor) };
});
delete process.env.RATE_LIMIT_MULTIPLIER;

const { updateProductAction, requestProductDeletionAction } = await import("@/lib/products/actions");
const { createOrderAction, importOrderChunkAction, finishOrderImportAction, validateOrderImportAction } =
  await import("@/lib/orders/actions");
const { revokeApiTokenAction } = await import("@/lib/api/actions");
const { GET: fileRoute } = await import("@/app/api/files/[id]/route");
const { GET: exportRoute } = await import("@/app/api/exports/orders/route");
const { GET: apiOrderRoute } = await import("@/app/api/v1/orders/[code]/route");

type P = Awaited<ReturnType<typeof createProduct>>;
let victim: { actor: Actor; sellerId: string };
let attacker: { actor: Actor; sellerId: string };
let staff: Record<"courier" | "agent" | "stock", Actor>;
let victimProduct: P;
let attackerProduct: P;
let victimOrder: { id: string; code: string };
let victimBatchId: string;
let victimTokenId: string;
let victimFileId: string;
let catId: string;

const orderForm = (productId: string) => ({
  customerName: "Attacker Customer",
  customerPhone: "056 111 2233",
  emirate: "dubai" as const,
  city: "Dubai",
  area: "",
  street: "Sheikh Zayed Road",
  building: "",
  landmark: "",
  notes: "",
  externalRef: "",
  lines: [{ productId, quantity: 1, unitPriceAed: "" }],
});

beforeAll(async () => {
  await seedSystemRoles();
  catId = (await db.productCategory.create({ data: { key: "perfumes", nameEn: "Perfumes", nameAr: "العطور" } })).id;
  const a = await createSeller({ code: "VICTIM" });
  const b = await createSeller({ code: "ATTACK" });
  victim = { actor: await actorFor(a.user), sellerId: a.profile.id };
  attacker = { actor: await actorFor(b.user), sellerId: b.profile.id };
  staff = {
    courier: (await userWithActor({ role: "delivery_agent" })).actor,
    agent: (await userWithActor({ role: "callcenter_agent" })).actor,
    stock: (await userWithActor({ role: "stock_keeper" })).actor,
  };
  victimProduct = await createProduct(a.profile.id, { priceFils: 24_900 });
  await db.product.update({ where: { id: victimProduct.id }, data: { categoryId: catId } });
  attackerProduct = await createProduct(b.profile.id, { priceFils: 18_900 });

  const o = await createOrder(victim.actor, {
    customerName: "Victim Customer",
    customerPhone: "050 222 3344",
    emirate: "dubai",
    city: "Dubai",
    street: "Jumeirah Road",
    lines: [{ productId: victimProduct.id, quantity: 1 }],
  });
  victimOrder = { id: o.id, code: o.code };
  victimBatchId = (await startOrderImport(victim.actor, { fileName: "victim.csv", totalRows: 5 })).batchId;
  victimTokenId = (await createApiToken(victim.actor, { name: "Victim token" })).id;
  victimFileId = (
    await db.storedFile.create({
      data: {
        storageKey: `products/${a.profile.id.toLowerCase()}/victim`,
        originalName: "victim.png",
        mimeType: "image/png",
        sizeBytes: 8,
        sha256: "0".repeat(64),
        purpose: "product_image",
        sellerId: a.profile.id,
        uploadedById: a.user.id,
      },
    })
  ).id;
});

beforeEach(() => {
  current.actor = attacker.actor;
});

describe("server actions called by seller B with seller A's ids", () => {
  it("updateProductAction: not_found, and A's product is unchanged", async () => {
    const before = await db.product.findUniqueOrThrow({ where: { id: victimProduct.id } });
    const res = await updateProductAction({
      productId: victimProduct.id,
      nameEn: "Hijacked",
      nameAr: "مخطوف",
      categoryId: catId,
      sellingPrice: "1",
      purchasePrice: "1",
      weightGrams: "1",
    });
    expect(res).toMatchObject({ ok: false, error: "not_found" });
    expect(await db.product.findUniqueOrThrow({ where: { id: victimProduct.id } })).toEqual(before);
  });

  it("requestProductDeletionAction: not_found, no deletion request on A's product", async () => {
    const res = await requestProductDeletionAction({ productId: victimProduct.id, reason: "Not mine to delete" });
    expect(res).toMatchObject({ ok: false, error: "not_found" });
    const p = await db.product.findUniqueOrThrow({ where: { id: victimProduct.id } });
    expect(p.deletionRequestedAt).toBeNull();
    expect(p.deletionReason).toBeNull();
  });

  it("createOrderAction with A's product: the product is unknown, no order is written", async () => {
    const orders = await db.order.count();
    const res = await createOrderAction(orderForm(victimProduct.id));
    expect(res).toMatchObject({ ok: false, error: "validation", fields: { "lines.0.productId": "product_not_found" } });
    expect(await db.order.count()).toBe(orders);
    // The same form with B's own product goes through (the refusal above is about ownership).
    expect(await createOrderAction(orderForm(attackerProduct.id))).toMatchObject({ ok: true });
  });

  it("order import actions: A's SKU is unknown, A's batch is not_found and stays open", async () => {
    const row = {
      line: 2,
      customer_name: "Import Attacker",
      phone: "0561112233",
      emirate: "Dubai",
      city: "Dubai",
      street: "Road 1",
      sku: victimProduct.sku,
      quantity: "1",
    };
    expect(await validateOrderImportAction({ rows: [row] })).toMatchObject({
      ok: true,
      data: { orders: 0, errors: [{ line: 2, reason: "sku_unknown" }] },
    });
    expect(
      await importOrderChunkAction({ batchId: victimBatchId, rows: [{ ...row, sku: attackerProduct.sku }] }),
    ).toMatchObject({ ok: false, error: "not_found" });
    expect(await finishOrderImportAction({ batchId: victimBatchId })).toMatchObject({ ok: false, error: "not_found" });
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: victimBatchId } });
    expect(batch).toMatchObject({ finishedAt: null, importedRows: 0, failedRows: 0 });
  });

  it("revokeApiTokenAction with A's token id: not_found, A's token stays active and unlisted for B", async () => {
    expect(await revokeApiTokenAction({ id: victimTokenId })).toMatchObject({ ok: false, error: "not_found" });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: victimTokenId } })).revokedAt).toBeNull();
    expect((await listApiTokens(attacker.actor)).map((t) => t.id)).not.toContain(victimTokenId);
  });
});

describe("reads by seller B of seller A's records", () => {
  it("order detail, product (edit and view), lists and search: not_found or nothing", async () => {
    await rejects(getOrder(attacker.actor, { id: victimOrder.id }), "not_found");
    await rejects(getProduct(attacker.actor, victimProduct.id, { ownOnly: true }), "not_found");
    await rejects(getProduct(attacker.actor, victimProduct.id), "not_found");
    for (const q of [victimOrder.code, "+971502223344", "0502223344", "Victim Customer"]) {
      expect((await listOrders(attacker.actor, { q })).total, q).toBe(0);
    }
    expect((await listProducts(attacker.actor, { q: victimProduct.sku })).total).toBe(0);
  });

  it("the CSV export (lib and route) holds none of A's orders", async () => {
    const { csv } = await exportOrders(attacker.actor, {});
    for (const s of [victimOrder.code, "Victim Customer", "+971502223344"]) expect(csv).not.toContain(s);
    const res = await exportRoute(
      new Request(`http://localhost/api/exports/orders?q=${encodeURIComponent(victimOrder.code)}`),
    );
    expect(res.status).toBe(200);
    expect(await res.text()).not.toContain(victimOrder.code);
  });

  it("the file route: A's file id is a 404 with no-store, before any byte is read", async () => {
    await rejects(readFile(attacker.actor, victimFileId), "not_found");
    const res = await fileRoute(new Request(`http://localhost/api/files/${victimFileId}`), {
      params: Promise.resolve({ id: victimFileId }),
    });
    expect(res.status).toBe(404);
    expect(res.headers.get("cache-control")).toContain("no-store");
  });

  it("the API: A's order code is not_found, the list never includes it, A's SKU is unknown", async () => {
    await rejects(getApiOrder(attacker.actor, { code: victimOrder.code }), "not_found");
    const list = await listApiOrders(attacker.actor, new URLSearchParams({ per_page: "100" }));
    expect(list.data.map((o) => o.code)).not.toContain(victimOrder.code);
    expect((await listApiOrders(attacker.actor, new URLSearchParams({ q: victimOrder.code }))).total).toBe(0);
    const e = await createApiOrder(attacker.actor, {
      idempotencyKey: "cross-seller-1",
      body: {
        customerName: "API Attacker",
        customerPhone: "0561112233",
        emirate: "dubai",
        city: "Dubai",
        street: "Road 1",
        lines: [{ sku: victimProduct.sku, quantity: 1 }],
      },
    }).then(
      () => null,
      (err: unknown) => err as AppError,
    );
    expect(e).toBeInstanceOf(AppError);
    expect(e).toMatchObject({ code: "validation", fields: { "lines.0.sku": "product_not_found" } });
  });
});

describe("the API route GET /api/v1/orders/{code}", () => {
  // Next.js hands the route an already-decoded segment ("/api/v1/orders/%25" → "%").
  const get = (token: string, code: string) =>
    apiOrderRoute(new Request(`http://localhost/api/v1/orders/x`, { headers: { Authorization: `Bearer ${token}` } }), {
      params: Promise.resolve({ code }),
    });

  it("answers B's token 404 JSON for A's code, with or without the #", async () => {
    const { token } = await createApiToken(attacker.actor, { name: "Attacker token" });
    for (const code of [victimOrder.code, victimOrder.code.slice(1)]) {
      const res = await get(token, code);
      expect(res.status, code).toBe(404);
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await res.json()).toEqual({ error: { code: "not_found", message: "Not found." } });
    }
  });

  it("answers a malformed code 404, not a 500 (no exception from decoding it again)", async () => {
    const { token } = await createApiToken(attacker.actor, { name: "Attacker token 2" });
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      for (const code of ["%", "%E0%A4%A", "#%"]) {
        const res = await get(token, code);
        expect(res.status, code).toBe(404);
      }
      expect(log).not.toHaveBeenCalled();
    } finally {
      log.mockRestore();
    }
  });
});

describe("staff with no seller-data permission", () => {
  it.each(["courier", "agent", "stock"] as const)("%s: A's order, product and file are not_found", async (who) => {
    const actor = staff[who];
    await rejects(getOrder(actor, { id: victimOrder.id }), "not_found");
    await rejects(getProduct(actor, victimProduct.id), "not_found");
    await rejects(readFile(actor, victimFileId), "not_found");
    await rejects(exportOrders(actor, {}), "not_found");
    current.actor = actor;
    expect(
      await requestProductDeletionAction({ productId: victimProduct.id, reason: "Not mine to delete" }),
    ).toMatchObject({ ok: false, error: "not_found" });
    expect(await revokeApiTokenAction({ id: victimTokenId })).toMatchObject({ ok: false, error: "not_found" });
  });
});
