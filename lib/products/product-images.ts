import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { checkUpload } from "@/lib/files/sniff";
import { fileStore } from "@/lib/storage/storage";

export type ImageUpload = { name: string; file: Blob };
export type StoredImage = { storageKey: string; originalName: string; mimeType: string; sizeBytes: number; sha256: string };

/**
 * Checks every upload (size, magic bytes, extension) before anything is written, then stores
 * the bytes under server-generated keys `products/<sellerId>/<random>.<ext>`. The store is not
 * transactional: callers record the files in their transaction and call `discardImages` when
 * that transaction fails, so no orphan bytes stay behind.
 */
export async function storeProductImages(sellerId: string, uploads: readonly ImageUpload[]): Promise<StoredImage[]> {
  const checked = [];
  for (const [i, u] of uploads.entries()) {
    const bytes = new Uint8Array(await u.file.arrayBuffer());
    const res = checkUpload("product_image", u.name, bytes);
    if (!res.ok) throw new AppError("validation", {}, { images: res.reason, [`images.${i}`]: res.reason });
    checked.push({ u, bytes, type: res.type });
  }
  const stored: StoredImage[] = [];
  try {
    for (const { u, bytes, type } of checked) {
      const storageKey = `products/${sellerId.toLowerCase()}/${randomBytes(16).toString("hex")}.${type.ext}`;
      await fileStore().put(storageKey, bytes, type.mime);
      stored.push({
        storageKey,
        originalName: u.name.slice(0, 200),
        mimeType: type.mime,
        sizeBytes: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
      });
    }
  } catch (e) {
    await discardImages(stored);
    throw e;
  }
  return stored;
}

/** Records stored images as StoredFile + ProductImage rows, after `startPosition`. */
export async function attachImages(
  tx: Tx,
  ctx: { productId: string; sellerId: string; uploadedById: string },
  images: readonly StoredImage[],
  startPosition = 0,
): Promise<void> {
  for (const [i, img] of images.entries()) {
    const file = await tx.storedFile.create({
      data: { ...img, purpose: "product_image", sellerId: ctx.sellerId, uploadedById: ctx.uploadedById },
      select: { id: true },
    });
    await tx.productImage.create({ data: { productId: ctx.productId, fileId: file.id, position: startPosition + i } });
  }
}

export async function discardImages(images: readonly StoredImage[]): Promise<void> {
  await Promise.all(images.map((img) => fileStore().remove(img.storageKey).catch(() => undefined)));
}
