import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { barcodeFor } from "./barcode";
import type { ProductFields } from "./create-product.schema";
import { nextSku } from "./next-sku";

/**
 * Inserts one pending product for `sellerId` inside the caller's transaction: category check,
 * next SKU, barcode. Shared by the form (create-product) and the CSV import (one row each).
 */
export async function insertProduct(tx: Tx, sellerId: string, fields: ProductFields) {
  const category = await tx.productCategory.findFirst({
    where: { id: fields.categoryId, isActive: true },
    select: { id: true },
  });
  if (!category) throw new AppError("validation", {}, { categoryId: "category_invalid" });
  const sku = await nextSku(tx, sellerId);
  return tx.product.create({
    data: {
      sellerId,
      sku,
      barcode: barcodeFor(sku, fields.barcode),
      nameEn: fields.nameEn,
      nameAr: fields.nameAr,
      categoryId: category.id,
      sellingPriceFils: fields.sellingPrice,
      purchasePriceFils: fields.purchasePrice,
      weightGrams: fields.weightGrams,
      approval: "pending",
    },
    select: { id: true, sku: true, barcode: true },
  });
}

/** A unique-index loss on the barcode (an EAN-13 already in the catalogue) as a field error. */
export function mapBarcodeConflict(e: unknown): never {
  const err = e as {
    code?: string;
    message?: string;
    meta?: { target?: unknown; driverAdapterError?: { cause?: unknown } };
  };
  // With the pg driver adapter the fields are in the adapter error's cause, not meta.target.
  const where =
    JSON.stringify([err.meta?.target ?? null, err.meta?.driverAdapterError?.cause ?? null]) + (err.message ?? "");
  if (err.code === "P2002" && where.includes("barcode")) {
    throw new AppError("validation", {}, { barcode: "barcode_taken" });
  }
  throw e;
}
