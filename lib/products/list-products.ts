import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { likeLiteral } from "@/lib/db/like";
import { pageArgs, toPage, ZPage } from "@/lib/pagination";
import { productScope } from "./scope";

export const PRODUCT_STATUS_FILTERS = ["pending", "approved", "rejected", "deletion_requested", "archived"] as const;
export type ProductStatusFilter = (typeof PRODUCT_STATUS_FILTERS)[number];

export const ZListProductsInput = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(PRODUCT_STATUS_FILTERS).optional().catch(undefined),
  page: ZPage,
});
export type ListProductsInput = z.input<typeof ZListProductsInput>;

function statusWhere(status: ProductStatusFilter | undefined): Prisma.ProductWhereInput {
  switch (status) {
    case undefined:
      return { archivedAt: null };
    case "archived":
      return { archivedAt: { not: null } };
    case "deletion_requested":
      return { archivedAt: null, deletionRequestedAt: { not: null } };
    default:
      return { archivedAt: null, approval: status };
  }
}

/** The seller's own catalogue: search by name (either language) or SKU, status filter, pages. */
export async function listProducts(actor: Actor, raw: ListProductsInput) {
  assertCan(actor, "products.manage_own");
  const input = ZListProductsInput.parse(raw);
  const q = input.q ? likeLiteral(input.q) : null;
  const where: Prisma.ProductWhereInput = {
    AND: [
      productScope(actor),
      // Even an actor who may view every catalogue lists only its own here.
      { sellerId: actor.sellerId ?? "" },
      statusWhere(input.status),
      q
        ? {
            OR: [
              { nameEn: { contains: q, mode: "insensitive" } },
              { nameAr: { contains: q, mode: "insensitive" } },
              { sku: { contains: q, mode: "insensitive" } },
              { barcode: { equals: input.q } },
            ],
          }
        : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.product.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(input.page),
      select: {
        id: true,
        sku: true,
        nameEn: true,
        nameAr: true,
        sellingPriceFils: true,
        approval: true,
        rejectionReason: true,
        archivedAt: true,
        deletionRequestedAt: true,
        createdAt: true,
        category: { select: { nameEn: true, nameAr: true } },
        images: { orderBy: { position: "asc" }, take: 1, select: { fileId: true } },
      },
    }),
    db.product.count({ where }),
  ]);
  return toPage(rows, total, input.page);
}
