import { z } from "zod";
import { MAX_PRODUCT_IMAGES, ZImageUpload, ZProductFields } from "./create-product.schema";

export const ZUpdateProductInput = ZProductFields.extend({
  productId: z.string().min(1).max(64),
  /** Existing images to keep (ids of this product's images; anything else is ignored). */
  keepImageIds: z.array(z.string().max(64)).max(MAX_PRODUCT_IMAGES).default([]),
  images: z.array(ZImageUpload).max(MAX_PRODUCT_IMAGES, "too_many_images").default([]),
});
export type UpdateProductInput = z.input<typeof ZUpdateProductInput>;

/** Changing any of these on an approved product sends it back for review. */
export const COMMERCIAL_FIELDS = ["nameEn", "nameAr", "sellingPriceFils", "purchasePriceFils"] as const;
