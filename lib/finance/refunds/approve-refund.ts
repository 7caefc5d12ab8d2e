import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { changeRefundStatus } from "./change-refund-status";
import { ZApproveRefundInput, type ApproveRefundInput } from "./refund.schema";

/**
 * Finance approves a pending refund (pending → approved): from then on the seller's statement
 * deducts it. Conditional on the version the approver saw, audited, Return kept in step.
 */
export async function approveRefund(actor: Actor, raw: ApproveRefundInput): Promise<{ status: "approved" }> {
  assertCan(actor, "finance.payout.approve");
  const input = parseOrThrow(ZApproveRefundInput, raw);
  await db.$transaction((tx) =>
    changeRefundStatus(tx, actor, {
      refundId: input.refundId,
      version: input.version,
      from: ["pending"],
      to: "approved",
      data: { approvedById: actor.userId },
      action: "refunds.approve",
    }),
  );
  return { status: "approved" };
}
