import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { AppError, isAppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { ZImportProductsInput, type ImportProductsInput } from "./import-products.schema";
import { insertProduct, mapBarcodeConflict } from "./insert-product";
import { readRows } from "./preview-product-import";
import { validateProductRow, type CsvRowError } from "./product-csv";

/**
 * Imports a product CSV into the seller's own catalogue. Every row is its own transaction: a
 * bad row (invalid, or refused by the database, e.g. a barcode already in use) writes nothing,
 * and every good row goes in as a pending product. The ImportBatch row records what was sent,
 * what went in, and each refused row's line and reason.
 */
export async function importProducts(actor: Actor, raw: ImportProductsInput) {
  assertCan(actor, "products.manage_own");
  const sellerId = actor.sellerId;
  if (!sellerId) throw new AppError("not_found");
  const input = ZImportProductsInput.parse(raw);
  const { rows, categories } = await readRows(input.csv);

  const batch = await db.importBatch.create({
    data: { sellerId, kind: "products", fileName: input.fileName, totalRows: rows.length, createdById: actor.userId },
    select: { id: true },
  });
  const errors: CsvRowError[] = [];
  const skus: string[] = [];
  for (const row of rows) {
    const res = validateProductRow(row, categories);
    if (!res.ok) {
      errors.push(res.error);
      continue;
    }
    try {
      const product = await db.$transaction((tx) => insertProduct(tx, sellerId, res.fields)).catch(mapBarcodeConflict);
      skus.push(product.sku);
    } catch (e) {
      if (!isAppError(e)) console.error(`[import-products] batch ${batch.id} line ${row.line}`, e);
      const [field, reason] = isAppError(e)
        ? (Object.entries(e.fields)[0] ?? [undefined, e.code])
        : [undefined, "row_failed"];
      errors.push({ line: row.line, ...(field ? { field: field === "categoryId" ? "category" : field } : {}), reason });
    }
  }
  await db.importBatch.update({
    where: { id: batch.id },
    data: {
      importedRows: skus.length,
      failedRows: errors.length,
      errors: errors as unknown as Prisma.InputJsonValue,
      finishedAt: new Date(),
    },
  });
  return {
    batchId: batch.id,
    totalRows: rows.length,
    importedRows: skus.length,
    failedRows: errors.length,
    errors,
    skus,
  };
}
