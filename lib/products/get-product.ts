import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { can, type Actor } from "@/lib/auth/actor";
import { ownProductScope, productScope } from "./scope";

/**
 * One product with its images, for its seller or for staff who view every catalogue. The
 * purchase price is included: the scope only ever returns the actor's own product (the seller
 * typed that price) or a staff view. Anything else is `not_found`. `ownOnly` (the seller's
 * edit page) narrows to the actor's own catalogue even for someone who may view all.
 */
export async function getProduct(actor: Actor, productId: string, opts: { ownOnly?: boolean } = {}) {
  if (!can(actor, "products.manage_own") && !can(actor, "products.view_all")) throw new AppError("not_found");
  const product = await db.product.findFirst({
    where: {
      AND: [opts.ownOnly ? ownProductScope(actor) : productScope(actor), { id: String(productId).slice(0, 64) }],
    },
    select: {
      id: true,
      sellerId: true,
      sku: true,
      barcode: true,
      nameEn: true,
      nameAr: true,
      categoryId: true,
      sellingPriceFils: true,
      purchasePriceFils: true,
      weightGrams: true,
      approval: true,
      rejectionReason: true,
      approvedAt: true,
      isActive: true,
      archivedAt: true,
      deletionRequestedAt: true,
      deletionReason: true,
      createdAt: true,
      updatedAt: true,
      category: { select: { nameEn: true, nameAr: true } },
      seller: { select: { code: true, companyName: true, storeName: true } },
      images: { orderBy: { position: "asc" }, select: { id: true, fileId: true } },
    },
  });
  if (!product) throw new AppError("not_found");
  return product;
}
export type ProductDetail = Awaited<ReturnType<typeof getProduct>>;
