import "server-only";
import { db } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { appBaseUrl, deliverSoon, queueEmail } from "@/lib/mail/outbox";
import { ZApproveSellerInput, type ApproveSellerInput } from "./decide-seller.schema";

/**
 * Approves a seller application. The decision is a conditional update (only from
 * pending_approval with a verified email), so of two concurrent decisions exactly one wins
 * and the other gets `conflict`. Audit row and the seller's email commit with it.
 */
export async function approveSeller(actor: Actor, raw: ApproveSellerInput) {
  assertCan(actor, "users.approve");
  const input = ZApproveSellerInput.parse(raw);
  const now = new Date();

  const result = await db.$transaction(async (tx) => {
    const profile = await tx.sellerProfile.findUnique({
      where: { id: input.sellerId },
      select: {
        id: true,
        code: true,
        storeName: true,
        user: { select: { id: true, email: true, name: true, locale: true, status: true, emailVerifiedAt: true } },
      },
    });
    if (!profile) throw notFound();
    const { user } = profile;
    const claimed = await tx.user.updateMany({
      where: { id: user.id, status: "pending_approval", emailVerifiedAt: { not: null } },
      data: { status: "active", rejectionReason: null },
    });
    if (claimed.count !== 1) {
      const now2 = await tx.user.findUniqueOrThrow({
        where: { id: user.id },
        select: { status: true, emailVerifiedAt: true },
      });
      if (now2.status === "pending_approval" && !now2.emailVerifiedAt) throw new AppError("applicant_unverified");
      throw new AppError("conflict");
    }
    await tx.sellerProfile.update({
      where: { id: profile.id },
      data: {
        approvedAt: now,
        approvedById: actor.userId,
        rejectedAt: null,
        rejectedById: null,
        rejectionReason: null,
      },
    });
    await writeAudit(tx, auditContext(actor), {
      action: "seller.approve",
      targetType: "seller",
      targetId: profile.id,
      before: { status: user.status },
      after: { status: "active", userId: user.id, code: profile.code },
    });
    await queueEmail(tx, {
      to: user.email,
      locale: user.locale,
      template: "seller_approved",
      params: {
        name: user.name,
        store: profile.storeName,
        link: `${appBaseUrl()}/${user.locale === "ar" ? "ar" : "en"}/login`,
      },
    });
    return { sellerId: profile.id, status: "active" as const };
  });
  deliverSoon();
  return result;
}
