import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { MAX_PRODUCT_IMAGES } from "./create-product.schema";
import { mapBarcodeConflict } from "./insert-product";
import { attachImages, discardImages, storeProductImages } from "./product-images";
import { ownProductScope } from "./scope";
import { ZUpdateProductInput, type UpdateProductInput } from "./update-product.schema";

/**
 * A seller edits its own product. Changing what the customer is sold (names, prices) on an
 * approved product sends it back to `pending`: an admin approved the old terms, not the new
 * ones. Editing a rejected product resubmits it. The write is conditional on the version the
 * seller loaded (`updatedAt`), so it cannot silently undo a decision made meanwhile.
 */
export async function updateProduct(actor: Actor, raw: UpdateProductInput) {
  assertCan(actor, "products.manage_own");
  const input = ZUpdateProductInput.parse(raw);
  const current = await db.product.findFirst({
    where: { AND: [ownProductScope(actor), { id: input.productId }] },
    include: { images: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  if (!current) throw new AppError("not_found");
  if (current.archivedAt) throw new AppError("conflict");

  const keep = current.images.filter((img) => input.keepImageIds.includes(img.id));
  if (keep.length + input.images.length > MAX_PRODUCT_IMAGES) {
    throw new AppError("validation", {}, { images: "too_many_images" });
  }
  const next = {
    nameEn: input.nameEn,
    nameAr: input.nameAr,
    sellingPriceFils: input.sellingPrice,
    purchasePriceFils: input.purchasePrice,
    weightGrams: input.weightGrams,
    categoryId: input.categoryId,
    barcode: input.barcode || current.sku,
  };
  const commercialChanged =
    next.nameEn !== current.nameEn ||
    next.nameAr !== current.nameAr ||
    next.sellingPriceFils !== current.sellingPriceFils ||
    next.purchasePriceFils !== current.purchasePriceFils;
  const backToReview = (current.approval === "approved" && commercialChanged) || current.approval === "rejected";

  const images = await storeProductImages(current.sellerId, input.images);
  try {
    return await db.$transaction(async (tx) => {
      const category = await tx.productCategory.findFirst({
        where: { id: next.categoryId, OR: [{ isActive: true }, { id: current.categoryId ?? "" }] },
        select: { id: true },
      });
      if (!category) throw new AppError("validation", {}, { categoryId: "category_invalid" });
      const { count } = await tx.product.updateMany({
        where: { id: current.id, updatedAt: current.updatedAt, approval: current.approval, archivedAt: null },
        data: {
          ...next,
          ...(backToReview ? { approval: "pending", approvedAt: null, approvedById: null, rejectionReason: null } : {}),
        },
      });
      if (count !== 1) throw new AppError("conflict");
      await tx.productImage.deleteMany({ where: { productId: current.id, id: { notIn: keep.map((k) => k.id) } } });
      for (const [position, k] of keep.entries())
        await tx.productImage.update({ where: { id: k.id }, data: { position } });
      await attachImages(
        tx,
        { productId: current.id, sellerId: current.sellerId, uploadedById: actor.userId },
        images,
        keep.length,
      );
      return { id: current.id, approval: backToReview ? "pending" : current.approval, backToReview };
    });
  } catch (e) {
    await discardImages(images);
    return mapBarcodeConflict(e);
  }
}
