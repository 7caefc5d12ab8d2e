import "server-only";
import type { Tx } from "@/lib/db/client";
import { discardUploads, recordUpload, storeUploads, type StoredUpload, type Upload } from "@/lib/files/store-upload";

export type ImageUpload = Upload;
export type StoredImage = StoredUpload;

/** Product images under `products/<sellerId>/…` (checks and storage: lib/files/store-upload.ts). */
export async function storeProductImages(sellerId: string, uploads: readonly ImageUpload[]): Promise<StoredImage[]> {
  return storeUploads("product_image", `products/${sellerId}`, uploads, "images");
}

/** Records stored images as StoredFile + ProductImage rows, after `startPosition`. */
export async function attachImages(
  tx: Tx,
  ctx: { productId: string; sellerId: string; uploadedById: string },
  images: readonly StoredImage[],
  startPosition = 0,
): Promise<void> {
  for (const [i, img] of images.entries()) {
    const file = await recordUpload(tx, img, {
      purpose: "product_image",
      sellerId: ctx.sellerId,
      uploadedById: ctx.uploadedById,
    });
    await tx.productImage.create({ data: { productId: ctx.productId, fileId: file.id, position: startPosition + i } });
  }
}

export const discardImages = discardUploads;
