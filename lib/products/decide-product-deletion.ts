import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { productScope } from "./scope";
import { ZDecideProductDeletionInput, type DecideProductDeletionInput } from "./decide-product.schema";

/**
 * An admin decides a seller's deletion request. Approval ARCHIVES the product (archivedAt,
 * inactive): it disappears from the seller's catalogue and can no longer be ordered, while
 * order lines, the append-only stock ledger and the audit trail that point at it stay valid.
 * Atlas never hard-deletes a product, not even a never-ordered one: an archive can be undone,
 * a delete cannot, and stock movements or sourcing rows may reference it without an order.
 * Refusal clears the request. Both are conditional on the open request (one decision wins).
 */
export async function decideProductDeletion(actor: Actor, raw: DecideProductDeletionInput) {
  assertCan(actor, "products.approve");
  const input = ZDecideProductDeletionInput.parse(raw);
  return db.$transaction(async (tx) => {
    const before = await tx.product.findFirst({
      where: { AND: [productScope(actor), { id: input.productId }] },
      select: {
        id: true,
        sku: true,
        isActive: true,
        archivedAt: true,
        deletionRequestedAt: true,
        deletionReason: true,
      },
    });
    if (!before) throw new AppError("not_found");
    const now = new Date();
    const data =
      input.decision === "approve"
        ? { archivedAt: now, isActive: false, deletionRequestedAt: null }
        : { deletionRequestedAt: null, deletionReason: null };
    const { count } = await tx.product.updateMany({
      where: { id: before.id, archivedAt: null, deletionRequestedAt: { not: null } },
      data,
    });
    if (count !== 1) throw new AppError("conflict");
    await writeAudit(tx, auditContext(actor), {
      action: input.decision === "approve" ? "product.archive" : "product.deletion_refused",
      targetType: "product",
      targetId: before.id,
      before: {
        sku: before.sku,
        isActive: before.isActive,
        archivedAt: before.archivedAt,
        deletionReason: before.deletionReason,
      },
      after: { sku: before.sku, ...data },
    });
    return { id: before.id, archived: input.decision === "approve" };
  });
}
