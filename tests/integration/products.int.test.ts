// Catalogue: SKU allocation under concurrency, seller isolation, approval, deletion (archive),
// images and CSV import.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { createProduct } from "@/lib/products/create-product";
import { updateProduct } from "@/lib/products/update-product";
import { getProduct } from "@/lib/products/get-product";
import { listProducts } from "@/lib/products/list-products";
import { listProductQueue } from "@/lib/products/list-product-queue";
import { decideProduct } from "@/lib/products/decide-product";
import { decideProductDeletion } from "@/lib/products/decide-product-deletion";
import { requestProductDeletion } from "@/lib/products/request-product-deletion";
import { importProducts } from "@/lib/products/import-products";
import { previewProductImport } from "@/lib/products/preview-product-import";
import { CSV_HEADERS } from "@/lib/products/product-csv";
import { createOrder } from "@/lib/orders/create-order";
import { fileStore } from "@/lib/storage/storage";
import { actorFor, createSeller, seedSystemRoles, userWithActor } from "../support/factories";

let catId: string;
let sellerA: { actor: Actor; sellerId: string; code: string };
let sellerB: { actor: Actor; sellerId: string; code: string };
let admin: Actor;
let admin2: Actor;
let agent: Actor;

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3,
]);
const fields = (over: Record<string, unknown> = {}) => ({
  nameEn: "Oud Oil 12 ml",
  nameAr: "دهن عود 12 مل",
  categoryId: catId,
  sellingPrice: "149.5",
  purchasePrice: "60",
  weightGrams: "120",
  ...over,
});

async function appError(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => {
      throw new Error("expected an AppError");
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

async function seller(code: string) {
  const { user, profile } = await createSeller({ code });
  return { actor: await actorFor(user), sellerId: profile.id, code };
}

beforeAll(async () => {
  await seedSystemRoles();
  catId = (
    await db.productCategory.create({ data: { key: "perfumes", nameEn: "Perfumes & Oud", nameAr: "العطور والعود" } })
  ).id;
  await db.productCategory.create({ data: { key: "old", nameEn: "Old", nameAr: "قديم", isActive: false } });
  sellerA = await seller("ALPHA");
  sellerB = await seller("BRAVO");
  admin = (await userWithActor({ role: "admin" })).actor;
  admin2 = (await userWithActor({ role: "admin" })).actor;
  agent = (await userWithActor({ role: "callcenter_agent" })).actor;
});

describe("createProduct", () => {
  it("gives 20 concurrent creates 20 distinct, consecutive SKUs", async () => {
    const s = await seller("RUSH");
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) => createProduct(s.actor, fields({ nameEn: `Rush ${i}` }))),
    );
    const skus = created.map((p) => p.sku).sort();
    expect(skus).toEqual(Array.from({ length: 20 }, (_, i) => `ATL-RUSH-${String(i + 1).padStart(5, "0")}`));
    expect((await db.sellerProfile.findUniqueOrThrow({ where: { id: s.sellerId } })).productSeq).toBe(20);
    // The barcode defaults to the SKU.
    expect(created.every((p) => p.barcode === p.sku)).toBe(true);
  });

  it("stores a pending product for the session's seller, prices in fils, with its image", async () => {
    const p = await createProduct(sellerA.actor, {
      ...fields({ barcode: "4006381333931" }),
      images: [{ name: "oud.png", file: new Blob([PNG]) }],
    });
    const row = await db.product.findUniqueOrThrow({
      where: { id: p.id },
      include: { images: { include: { file: true } } },
    });
    expect(row).toMatchObject({
      sellerId: sellerA.sellerId,
      sku: "ATL-ALPHA-00001",
      barcode: "4006381333931",
      approval: "pending",
      sellingPriceFils: 14950,
      purchasePriceFils: 6000,
      weightGrams: 120,
      categoryId: catId,
    });
    expect(row.images).toHaveLength(1);
    const file = row.images[0].file;
    expect(file).toMatchObject({
      purpose: "product_image",
      sellerId: sellerA.sellerId,
      mimeType: "image/png",
      sizeBytes: PNG.length,
      originalName: "oud.png",
    });
    expect(file.storageKey).toMatch(new RegExp(`^products/${sellerA.sellerId}/[0-9a-f]{32}\\.png$`));
    expect(await fileStore().read(file.storageKey)).not.toBeNull();
  });

  it("refuses a file that is not an image, a bad EAN-13, an inactive category — writing nothing", async () => {
    const before = await db.product.count();
    const files = await db.storedFile.count();
    const bad = await appError(
      createProduct(sellerA.actor, { ...fields(), images: [{ name: "x.png", file: new Blob(["<script>"]) }] }),
    );
    expect(bad.fields.images).toBe("file_type");
    await expect(createProduct(sellerA.actor, fields({ barcode: "4006381333932" }))).rejects.toThrow();
    const old = await db.productCategory.findUniqueOrThrow({ where: { key: "old" } });
    expect((await appError(createProduct(sellerA.actor, fields({ categoryId: old.id })))).fields.categoryId).toBe(
      "category_invalid",
    );
    // A barcode already in the catalogue loses on the unique index, as a field error.
    expect((await appError(createProduct(sellerB.actor, fields({ barcode: "4006381333931" })))).fields.barcode).toBe(
      "barcode_taken",
    );
    expect(await db.product.count()).toBe(before);
    expect(await db.storedFile.count()).toBe(files);
    // The refused creates gave their SKU numbers back.
    expect((await createProduct(sellerB.actor, fields())).sku).toBe("ATL-BRAVO-00001");
  });

  it("is refused to staff without a seller catalogue", async () => {
    expect((await appError(createProduct(admin, fields()))).code).toBe("not_found");
  });
});

describe("seller isolation", () => {
  it("seller B cannot read, edit or ask to delete seller A's product: not_found, nothing changes", async () => {
    const p = await createProduct(sellerA.actor, fields({ nameEn: "Alpha secret" }));
    const before = await db.product.findUniqueOrThrow({ where: { id: p.id } });
    expect((await appError(getProduct(sellerB.actor, p.id))).code).toBe("not_found");
    expect(
      (await appError(updateProduct(sellerB.actor, { ...fields({ nameEn: "Hijacked" }), productId: p.id }))).code,
    ).toBe("not_found");
    expect((await appError(requestProductDeletion(sellerB.actor, { productId: p.id, reason: "not mine" }))).code).toBe(
      "not_found",
    );
    expect((await appError(getProduct(agent, p.id))).code).toBe("not_found");
    expect(await db.product.findUniqueOrThrow({ where: { id: p.id } })).toEqual(before);
    // Staff who view every catalogue see it, purchase price included; but cannot edit it.
    expect((await getProduct(admin, p.id)).purchasePriceFils).toBe(6000);
    expect((await appError(getProduct(admin, p.id, { ownOnly: true }))).code).toBe("not_found");
    expect((await getProduct(sellerA.actor, p.id, { ownOnly: true })).id).toBe(p.id);
    expect((await appError(updateProduct(admin, { ...fields(), productId: p.id }))).code).toBe("not_found");
  });

  it("a seller's list never contains another seller's products, even searching for their SKU", async () => {
    const a = await createProduct(sellerA.actor, fields({ nameEn: "Shared Name Musk" }));
    await createProduct(sellerB.actor, fields({ nameEn: "Shared Name Musk" }));
    const listB = await listProducts(sellerB.actor, { q: "Shared Name" });
    expect(listB.rows.length).toBe(1);
    const bIds = (await db.product.findMany({ where: { sellerId: sellerB.sellerId }, select: { id: true } })).map(
      (r) => r.id,
    );
    for (const r of (await listProducts(sellerB.actor, {})).rows) expect(bIds).toContain(r.id);
    expect((await listProducts(sellerB.actor, { q: a.sku })).total).toBe(0);
    expect((await listProducts(sellerA.actor, { q: a.sku })).rows.map((r) => r.id)).toEqual([a.id]);
    // LIKE wildcards in the search are literals.
    expect((await listProducts(sellerB.actor, { q: "%" })).total).toBe(0);
  });
});

describe("approval", () => {
  it("exactly one of two concurrent decisions wins; the other gets conflict; one audit row", async () => {
    const p = await createProduct(sellerA.actor, fields());
    const results = await Promise.allSettled([
      decideProduct(admin, { productId: p.id, decision: "approve" }),
      decideProduct(admin2, { productId: p.id, decision: "reject", reason: "Blurry photos" }),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0].reason as AppError).code).toBe("conflict");
    const audits = await db.auditLog.findMany({
      where: { targetId: p.id, action: { in: ["product.approve", "product.reject"] } },
    });
    expect(audits).toHaveLength(1);
    expect(audits[0].before).toMatchObject({ approval: "pending" });
    // A decided product cannot be decided again.
    expect((await appError(decideProduct(admin, { productId: p.id, decision: "approve" }))).code).toBe("conflict");
  });

  it("a rejection carries the reason the seller sees; sellers cannot decide", async () => {
    const p = await createProduct(sellerA.actor, fields());
    expect((await appError(decideProduct(sellerA.actor, { productId: p.id, decision: "approve" }))).code).toBe(
      "not_found",
    );
    await expect(decideProduct(admin, { productId: p.id, decision: "reject", reason: "" })).rejects.toThrow();
    await decideProduct(admin, { productId: p.id, decision: "reject", reason: "Arabic name is misspelt" });
    const seen = await getProduct(sellerA.actor, p.id);
    expect(seen).toMatchObject({ approval: "rejected", rejectionReason: "Arabic name is misspelt" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: p.id, action: "product.reject" } });
    expect(audit.after).toMatchObject({ approval: "rejected", rejectionReason: "Arabic name is misspelt" });
    // Editing a rejected product resubmits it.
    const res = await updateProduct(sellerA.actor, { ...fields({ nameAr: "دهن العود 12 مل" }), productId: p.id });
    expect(res.approval).toBe("pending");
    expect((await listProductQueue(admin, { sellerId: sellerA.sellerId })).rows.map((r) => r.id)).toContain(p.id);
  });

  it("changing names or prices of an approved product sends it back to pending; the weight alone does not", async () => {
    const p = await createProduct(sellerA.actor, fields());
    await decideProduct(admin, { productId: p.id, decision: "approve" });
    const same = await updateProduct(sellerA.actor, { ...fields({ weightGrams: "130" }), productId: p.id });
    expect(same).toMatchObject({ approval: "approved", backToReview: false });
    const moved = await updateProduct(sellerA.actor, {
      ...fields({ weightGrams: "130", sellingPrice: "155" }),
      productId: p.id,
    });
    expect(moved).toMatchObject({ approval: "pending", backToReview: true });
    expect(await db.product.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      approval: "pending",
      approvedAt: null,
      sellingPriceFils: 15500,
      weightGrams: 130,
    });
  });
});

describe("deletion requests", () => {
  it("request → admin approves → archived (never deleted), audited, and it can no longer be ordered", async () => {
    const p = await createProduct(sellerA.actor, fields());
    await decideProduct(admin, { productId: p.id, decision: "approve" });
    expect((await appError(decideProductDeletion(admin, { productId: p.id, decision: "approve" }))).code).toBe(
      "conflict",
    );
    await requestProductDeletion(sellerA.actor, { productId: p.id, reason: "Discontinued" });
    expect((await appError(requestProductDeletion(sellerA.actor, { productId: p.id, reason: "again" }))).code).toBe(
      "conflict",
    );
    expect((await listProductQueue(admin, { kind: "deletion" })).rows.map((r) => r.id)).toContain(p.id);
    await decideProductDeletion(admin, { productId: p.id, decision: "approve" });
    const row = await db.product.findUniqueOrThrow({ where: { id: p.id } });
    expect(row.archivedAt).not.toBeNull();
    expect(row.isActive).toBe(false);
    expect(await db.auditLog.count({ where: { targetId: p.id, action: "product.archive" } })).toBe(1);
    expect((await listProducts(sellerA.actor, {})).rows.map((r) => r.id)).not.toContain(p.id);
    expect((await listProducts(sellerA.actor, { status: "archived" })).rows.map((r) => r.id)).toContain(p.id);
    expect((await appError(updateProduct(sellerA.actor, { ...fields(), productId: p.id }))).code).toBe("conflict");
    const order = await appError(
      createOrder(sellerA.actor, {
        customerName: "Test Customer",
        customerPhone: "0501234567",
        emirate: "dubai",
        city: "Dubai",
        street: "Sheikh Zayed Road",
        lines: [{ productId: p.id, quantity: 1 }],
      }),
    );
    expect(order.fields["lines.0.productId"]).toBe("product_not_orderable");
  });
});

describe("CSV import", () => {
  const header = Object.values(CSV_HEADERS.ar).join(",");
  const csv = [
    header,
    "Rose Water,ماء الورد,perfumes,25,10,300,",
    "Bad Price,سعر خاطئ,perfumes,12.505,10,300,",
    "Musk,مسك,العطور والعود,30.5,12,200,",
    "Toy,لعبة,toys,10,5,100,",
    "Dup EAN,باركود مكرر,perfumes,10,5,100,4006381333931",
  ].join("\n");

  it("preview writes nothing and lists each bad row's line and reason", async () => {
    const before = await db.product.count();
    const res = await previewProductImport(sellerB.actor, { fileName: "p.csv", csv });
    expect(res).toMatchObject({ totalRows: 5, validRows: 3 });
    expect(res.errors).toEqual([
      { line: 3, field: "sellingPrice", reason: "price_invalid" },
      { line: 5, field: "category", reason: "category_invalid" },
    ]);
    expect(await db.product.count()).toBe(before);
  });

  it("imports only the good rows, each on its own, and records the batch", async () => {
    const s = await seller("CSVS");
    const res = await importProducts(s.actor, { fileName: "products-ar.csv", csv });
    expect(res).toMatchObject({ totalRows: 5, importedRows: 2, failedRows: 3 });
    expect(res.errors).toEqual([
      { line: 3, field: "sellingPrice", reason: "price_invalid" },
      { line: 5, field: "category", reason: "category_invalid" },
      { line: 6, field: "barcode", reason: "barcode_taken" },
    ]);
    const rows = await db.product.findMany({ where: { sellerId: s.sellerId }, orderBy: { sku: "asc" } });
    expect(rows.map((r) => [r.sku, r.nameEn, r.sellingPriceFils, r.approval])).toEqual([
      ["ATL-CSVS-00001", "Rose Water", 2500, "pending"],
      ["ATL-CSVS-00002", "Musk", 3050, "pending"],
    ]);
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: res.batchId } });
    expect(batch).toMatchObject({
      sellerId: s.sellerId,
      kind: "products",
      fileName: "products-ar.csv",
      totalRows: 5,
      importedRows: 2,
      failedRows: 3,
    });
    expect(batch.finishedAt).not.toBeNull();
    expect(batch.errors).toEqual(res.errors);
  });

  it("refuses files over 2,000 rows and files without the needed columns, importing nothing", async () => {
    const before = await db.product.count();
    const big = [header, ...Array.from({ length: 2001 }, (_, i) => `P${i},منتج,perfumes,10,5,100,`)].join("\n");
    const e = await appError(importProducts(sellerB.actor, { fileName: "big.csv", csv: big }));
    expect(e.code).toBe("import_too_large");
    expect(e.params.max).toBe(2000);
    expect((await appError(importProducts(sellerB.actor, { fileName: "x.csv", csv: "a,b\n1,2" }))).fields.csv).toBe(
      "csv_missing_columns",
    );
    expect(await db.product.count()).toBe(before);
    expect(await db.importBatch.count({ where: { fileName: { in: ["big.csv", "x.csv"] } } })).toBe(0);
  });
});
