import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { changeRefundStatus } from "./change-refund-status";
import { CANCELLABLE_REFUND_STATUSES, ZCancelRefundInput, type CancelRefundInput } from "./refund.schema";

/**
 * Cancels a refund that is not paid yet and not on a seller statement, with a reason (kept in
 * the audit row). Same conditional update as the other decisions, so a cancel racing an
 * approval or a payment loses cleanly with `conflict`.
 */
export async function cancelRefund(actor: Actor, raw: CancelRefundInput): Promise<{ status: "cancelled" }> {
  assertCan(actor, "finance.payout.approve");
  const input = parseOrThrow(ZCancelRefundInput, raw);
  await db.$transaction((tx) =>
    changeRefundStatus(tx, actor, {
      refundId: input.refundId,
      version: input.version,
      from: CANCELLABLE_REFUND_STATUSES,
      to: "cancelled",
      requireUninvoiced: true,
      action: "refunds.cancel",
      auditAfter: { reason: input.reason },
    }),
  );
  return { status: "cancelled" };
}
