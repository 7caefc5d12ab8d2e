import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { pageArgs, toPage, ZPage } from "@/lib/pagination";
import { productScope } from "./scope";

export const QUEUE_KINDS = ["approval", "deletion"] as const;

export const ZListProductQueueInput = z.object({
  kind: z.enum(QUEUE_KINDS).catch("approval").default("approval"),
  sellerId: z.string().max(64).optional().catch(undefined),
  page: ZPage,
});
export type ListProductQueueInput = z.input<typeof ZListProductQueueInput>;

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
  const [rows, total, sellers] = await Promise.all([
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
    // The seller filter lists sellers that have something in a queue.
    db.sellerProfile.findMany({
      where: {
        products: {
          some: {
            AND: [
              productScope(actor),
              { archivedAt: null },
              { OR: [{ approval: "pending" }, { deletionRequestedAt: { not: null } }] },
            ],
          },
        },
      },
      orderBy: { companyName: "asc" },
      select: { id: true, code: true, companyName: true },
    }),
  ]);
  return { ...toPage(rows, total, input.page), sellers };
}
