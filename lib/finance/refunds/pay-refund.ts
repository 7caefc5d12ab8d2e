import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { AppError } from "@/lib/errors";
import { discardUploads, recordUpload, storeUploads, type StoredUpload } from "@/lib/files/store-upload";
import { changeRefundStatus } from "./change-refund-status";
import { ZPayRefundInput, type PayRefundInput } from "./refund.schema";

const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

/**
 * Finance records that an approved refund was paid to the customer: the payment reference is
 * required, a proof of payment (PDF or image, purpose `payout_proof`, readable by finance
 * only: stored without a sellerId) is optional. The proof bytes are stored before the
 * transaction and removed again if it fails (e.g. someone else already marked it paid).
 */
export async function payRefund(actor: Actor, raw: PayRefundInput): Promise<{ status: "paid" }> {
  assertCan(actor, "finance.payout.pay");
  const input = parseOrThrow(ZPayRefundInput, raw);
  const seen = await db.refund.findUnique({ where: { id: input.refundId }, select: { sellerId: true } });
  if (!seen) throw new AppError("not_found");

  const proof: StoredUpload[] = await storeUploads("payout_proof", `refunds/${seen.sellerId}`, input.proof, "proof");
  const now = new Date();
  try {
    await db.$transaction(async (tx) => {
      const file = proof[0]
        ? await recordUpload(tx, proof[0], { purpose: "payout_proof", sellerId: null, uploadedById: actor.userId })
        : null;
      await changeRefundStatus(tx, actor, {
        refundId: input.refundId,
        version: input.version,
        from: ["approved"],
        to: "paid",
        data: { reference: input.reference, paidAt: now, proofFileId: file?.id ?? null },
        action: "refunds.pay",
        auditAfter: { reference: input.reference, proofFileId: file?.id ?? null },
      });
    }, TX_OPTIONS);
  } catch (e) {
    await discardUploads(proof);
    throw e;
  }
  return { status: "paid" };
}
