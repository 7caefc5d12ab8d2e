import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { ownProductScope } from "./scope";
import { ZRequestProductDeletionInput, type RequestProductDeletionInput } from "./request-product-deletion.schema";

/** A seller asks Atlas to remove one of its products; an admin decides (decide-product-deletion). */
export async function requestProductDeletion(actor: Actor, raw: RequestProductDeletionInput) {
  assertCan(actor, "products.manage_own");
  const input = ZRequestProductDeletionInput.parse(raw);
  return db.$transaction(async (tx) => {
    const product = await tx.product.findFirst({
      where: { AND: [ownProductScope(actor), { id: input.productId }] },
      select: { id: true, sku: true, archivedAt: true, deletionRequestedAt: true },
    });
    if (!product) throw new AppError("not_found");
    const { count } = await tx.product.updateMany({
      where: { id: product.id, archivedAt: null, deletionRequestedAt: null },
      data: { deletionRequestedAt: new Date(), deletionReason: input.reason },
    });
    if (count !== 1) throw new AppError("conflict");
    await writeAudit(tx, auditContext(actor), {
      action: "product.deletion_requested",
      targetType: "product",
      targetId: product.id,
      after: { sku: product.sku, reason: input.reason },
    });
    return { id: product.id };
  });
}
