import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { productScope } from "./scope";
import { ZDecideProductInput, type DecideProductInput } from "./decide-product.schema";

/**
 * Catalogue approval: a pending product becomes approved (orderable) or rejected with a reason
 * its seller sees. The update is conditional on `pending` and on the version the admin read,
 * so of two concurrent decisions (or a decision racing a seller's edit) exactly one wins; the
 * other gets `conflict`.
 */
export async function decideProduct(actor: Actor, raw: DecideProductInput) {
  assertCan(actor, "products.approve");
  const input = ZDecideProductInput.parse(raw);
  return db.$transaction(async (tx) => {
    const before = await tx.product.findFirst({
      where: { AND: [productScope(actor), { id: input.productId }] },
      select: { id: true, sku: true, approval: true, rejectionReason: true, updatedAt: true, archivedAt: true },
    });
    if (!before) throw new AppError("not_found");
    const now = new Date();
    const data =
      input.decision === "approve"
        ? { approval: "approved" as const, approvedAt: now, approvedById: actor.userId, rejectionReason: null }
        : { approval: "rejected" as const, approvedAt: null, approvedById: null, rejectionReason: input.reason };
    const { count } = await tx.product.updateMany({
      where: { id: before.id, approval: "pending", archivedAt: null, updatedAt: before.updatedAt },
      data,
    });
    if (count !== 1) throw new AppError("conflict");
    await writeAudit(tx, auditContext(actor), {
      action: input.decision === "approve" ? "product.approve" : "product.reject",
      targetType: "product",
      targetId: before.id,
      before: { sku: before.sku, approval: before.approval, rejectionReason: before.rejectionReason },
      after: { sku: before.sku, approval: data.approval, rejectionReason: data.rejectionReason },
    });
    return { id: before.id, approval: data.approval };
  });
}
