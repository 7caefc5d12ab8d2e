import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { ZCreateProductInput, type CreateProductInput } from "./create-product.schema";
import { insertProduct, mapBarcodeConflict } from "./insert-product";
import { attachImages, discardImages, storeProductImages } from "./product-images";

/**
 * A seller adds a product to its own catalogue. It starts `pending` (an admin approves it
 * before it can be ordered); the SKU is the seller's next number, the barcode the SKU unless a
 * valid EAN-13 was entered. The seller always comes from the session.
 */
export async function createProduct(actor: Actor, raw: CreateProductInput) {
  assertCan(actor, "products.manage_own");
  const sellerId = actor.sellerId;
  if (!sellerId) throw new AppError("not_found");
  const input = ZCreateProductInput.parse(raw);

  const images = await storeProductImages(sellerId, input.images);
  try {
    return await db.$transaction(async (tx) => {
      const product = await insertProduct(tx, sellerId, input);
      await attachImages(tx, { productId: product.id, sellerId, uploadedById: actor.userId }, images);
      return product;
    });
  } catch (e) {
    await discardImages(images);
    return mapBarcodeConflict(e);
  }
}
