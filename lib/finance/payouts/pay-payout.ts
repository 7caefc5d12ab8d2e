import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { discardUploads, recordUpload, storeUploads } from "@/lib/files/store-upload";
import { notify } from "@/lib/notifications/notify";
import { ZPayPayoutInput, type PayPayoutInput, type PayoutStatus } from "./payout.schema";

/**
 * Marks an approved payout paid, with method, reference and a required proof of payment. The
 * proof is checked and stored before the transaction (removed again if it fails) and recorded
 * WITH the payout's sellerId, so the seller can open its own proof. Conditional on status +
 * version: a payout is never paid twice, of two finance users exactly one succeeds. Its invoice
 * becomes paid in the same transaction.
 */
export async function payPayout(
  actor: Actor,
  raw: PayPayoutInput,
): Promise<{ status: PayoutStatus; proofFileId: string }> {
  assertCan(actor, "finance.payout.pay");
  const input = parseOrThrow(ZPayPayoutInput, raw);
  // number, amount, invoice and seller never change after creation: read once, before the upload.
  const seen = await db.payout.findUnique({
    where: { id: input.payoutId },
    select: {
      id: true,
      sellerId: true,
      status: true,
      version: true,
      number: true,
      amountFils: true,
      invoiceId: true,
      invoice: { select: { number: true } },
      seller: { select: { userId: true } },
    },
  });
  if (!seen) throw new AppError("not_found");
  // Nothing is stored for a payout that cannot be paid any more.
  if (seen.status !== "approved" || seen.version !== input.version) throw new AppError("conflict");
  const stored = await storeUploads("payout_proof", `payouts/${seen.sellerId}`, [input.proof], "proof");
  const now = new Date();
  try {
    return await db.$transaction(async (tx) => {
      const file = await recordUpload(tx, stored[0], {
        purpose: "payout_proof",
        sellerId: seen.sellerId,
        uploadedById: actor.userId,
      });
      const res = await tx.payout.updateMany({
        where: { id: seen.id, status: "approved", version: input.version },
        data: {
          status: "paid",
          paidById: actor.userId,
          paidAt: now,
          method: input.method,
          reference: input.reference,
          proofFileId: file.id,
          version: { increment: 1 },
        },
      });
      if (res.count !== 1) throw new AppError("conflict");
      if (seen.invoiceId) {
        await tx.invoice.updateMany({
          where: { id: seen.invoiceId, status: "issued" },
          data: { status: "paid", version: { increment: 1 } },
        });
      }
      // The seller learns its money left, in the same transaction as the payment.
      await notify(tx, {
        userId: seen.seller.userId,
        type: "payout_paid",
        params: { number: seen.number },
        link: `/seller/finance/payouts/${seen.id}`,
      });
      await writeAudit(tx, auditContext(actor), {
        action: "finance.payout.pay",
        targetType: "Payout",
        targetId: seen.id,
        before: { status: "approved", version: input.version },
        after: {
          status: "paid",
          number: seen.number,
          invoice: seen.invoice?.number ?? null,
          amountFils: seen.amountFils.toString(),
          method: input.method,
          reference: input.reference,
          proofFileId: file.id,
        },
      });
      return { status: "paid" as const, proofFileId: file.id };
    });
  } catch (e) {
    await discardUploads(stored);
    throw e;
  }
}
