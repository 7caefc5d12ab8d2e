import "server-only";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { deliverSoon, queueEmail } from "@/lib/mail/outbox";
import { ZRejectSellerInput, type RejectSellerInput } from "./decide-seller.schema";

/**
 * Rejects a seller application with a reason the seller sees at sign-in and in the email.
 * Same conditional update as approveSeller: only from pending_approval; a concurrent second
 * decision gets `conflict`. An unverified application may be rejected (spam, bad documents).
 */
export async function rejectSeller(actor: Actor, raw: RejectSellerInput) {
  assertCan(actor, "users.approve");
  const input = ZRejectSellerInput.parse(raw);
  const now = new Date();

  const result = await db.$transaction(async (tx) => {
    const profile = await tx.sellerProfile.findUnique({
      where: { id: input.sellerId },
      select: {
        id: true,
        code: true,
        storeName: true,
        user: { select: { id: true, email: true, name: true, locale: true, status: true } },
      },
    });
    if (!profile) throw notFound();
    const { user } = profile;
    const claimed = await tx.user.updateMany({
      where: { id: user.id, status: "pending_approval" },
      data: { status: "rejected", rejectionReason: input.reason },
    });
    if (claimed.count !== 1) throw new AppError("conflict");
    await tx.sellerProfile.update({
      where: { id: profile.id },
      data: {
        rejectedAt: now,
        rejectedById: actor.userId,
        rejectionReason: input.reason,
        approvedAt: null,
        approvedById: null,
      },
    });
    await writeAudit(tx, auditContext(actor), {
      action: "seller.reject",
      targetType: "seller",
      targetId: profile.id,
      before: { status: user.status },
      after: { status: "rejected", userId: user.id, code: profile.code, reason: input.reason },
    });
    await queueEmail(tx, {
      to: user.email,
      locale: user.locale,
      template: "seller_rejected",
      params: { name: user.name, store: profile.storeName, reason: input.reason },
    });
    return { sellerId: profile.id, status: "rejected" as const };
  });
  deliverSoon();
  return result;
}
