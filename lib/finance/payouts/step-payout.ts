import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, can, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import {
  ZCancelPayoutInput,
  ZPayoutRef,
  type CancelPayoutInput,
  type PayoutRefInput,
  type PayoutStatus,
} from "./payout.schema";

/**
 * Approves a requested payout. The approver must not be the one who requested it (four eyes:
 * `payout_self_approval`). Conditional on status + version, so of two finance users approving
 * at once exactly one succeeds and the other gets `conflict`.
 */
export async function approvePayout(actor: Actor, raw: PayoutRefInput): Promise<{ status: PayoutStatus }> {
  assertCan(actor, "finance.payout.approve");
  const input = parseOrThrow(ZPayoutRef, raw);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const p = await tx.payout.findUnique({
      where: { id: input.payoutId },
      select: { id: true, number: true, createdById: true, status: true, version: true },
    });
    if (!p) throw new AppError("not_found");
    if (p.createdById === actor.userId) throw new AppError("payout_self_approval");
    const res = await tx.payout.updateMany({
      where: { id: p.id, status: "requested", version: input.version, createdById: { not: actor.userId } },
      data: { status: "approved", approvedById: actor.userId, approvedAt: now, version: { increment: 1 } },
    });
    if (res.count !== 1) throw new AppError("conflict");
    await writeAudit(tx, auditContext(actor), {
      action: "finance.payout.approve",
      targetType: "Payout",
      targetId: p.id,
      before: { status: "requested", version: input.version },
      after: { status: "approved", number: p.number },
    });
    return { status: "approved" as const };
  });
}

/**
 * Cancels a requested or approved payout with a reason (by whoever may request or approve
 * payouts); its invoice can then get a new one. A paid payout cannot be cancelled.
 */
export async function cancelPayout(actor: Actor, raw: CancelPayoutInput): Promise<{ status: PayoutStatus }> {
  if (!can(actor, "finance.payout.create") && !can(actor, "finance.payout.approve")) throw new AppError("not_found");
  const input = parseOrThrow(ZCancelPayoutInput, raw);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const p = await tx.payout.findUnique({
      where: { id: input.payoutId },
      select: { id: true, number: true, status: true },
    });
    if (!p) throw new AppError("not_found");
    const res = await tx.payout.updateMany({
      where: { id: p.id, status: { in: ["requested", "approved"] }, version: input.version },
      data: { status: "cancelled", cancelledAt: now, cancelReason: input.reason, version: { increment: 1 } },
    });
    if (res.count !== 1) throw new AppError("conflict");
    await writeAudit(tx, auditContext(actor), {
      action: "finance.payout.cancel",
      targetType: "Payout",
      targetId: p.id,
      before: { status: p.status, version: input.version },
      after: { status: "cancelled", number: p.number, reason: input.reason },
    });
    return { status: "cancelled" as const };
  });
}
