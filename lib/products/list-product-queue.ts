import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { pageArgs, toPage } from "@/lib/pagination";
import { ZListProductQueueInput, type ListProductQueueInput } from "./list-product-queue.schema";
import { productScope } from "./scope";

/** Admin work queue across sellers: products awaiting approval, or deletion requests. Oldest first. */
export async function listProductQueue(actor: Actor, raw: ListProductQueueInput) {
  assertCan(actor, "products.approve");
  const input = ZListProductQueueInput.parse(raw);
  const where: Prisma.ProductWhereInput = {
    AND: [
      productScope(actor),
      { archivedAt: null },
      input.kind === "approval" ? { approval: "pending" } : { deletionRequestedAt: { not: null } },
      input.sellerId ? { sellerId: input.sellerId } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.product.findMany({
      where,
      orderBy:
        input.kind === "approval"
          ? [{ updatedAt: "asc" }, { id: "asc" }]
          : [{ deletionRequestedAt: "asc" }, { id: "asc" }],
      ...pageArgs(input.page),
      select: {
        id: true,
        sku: true,
        nameEn: true,
        nameAr: true,
        sellingPriceFils: true,
        purchasePriceFils: true,
        approval: true,
        updatedAt: true,
        deletionRequestedAt: true,
        deletionReason: true,
        seller: { select: { code: true, companyName: true } },
      },
    }),
    db.product.count({ where }),
  ]);
  return toPage(rows, total, input.page);
}
