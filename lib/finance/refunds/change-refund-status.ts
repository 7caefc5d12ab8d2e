import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { auditContext, can, type Actor } from "@/lib/auth/actor";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import type { RefundRowStatus } from "./refund.schema";

/** Who may open the refund desk at all (the nav entry's permissions). */
export function canViewRefunds(actor: Actor): boolean {
  return can(actor, "finance.payout.approve") || can(actor, "finance.payout.pay");
}

type Change = {
  refundId: string;
  version: number;
  from: readonly RefundRowStatus[];
  to: RefundRowStatus;
  /** Extra columns written with the status (reference, paidAt, approvedById, …). */
  data?: Prisma.RefundUpdateManyMutationInput;
  /** Only while no statement includes the refund (a cancelled refund must not change an invoice). */
  requireUninvoiced?: boolean;
  action: string;
  auditAfter?: Record<string, unknown>;
};

/**
 * One refund decision inside the caller's transaction: the conditional update on the status
 * and the version the finance user saw (of two people acting at once exactly one matches; the
 * other gets `conflict`), the Return's refundStatus set to the same status so the warehouse,
 * the seller and finance never disagree, and the audit row with before/after.
 */
export async function changeRefundStatus(tx: Tx, actor: Actor, c: Change) {
  const refund = await tx.refund.findUnique({
    where: { id: c.refundId },
    select: {
      id: true,
      status: true,
      amountFils: true,
      returnId: true,
      invoiceId: true,
      return: { select: { code: true } },
      order: { select: { code: true } },
    },
  });
  if (!refund) throw new AppError("not_found");
  const { count } = await tx.refund.updateMany({
    // Scalar columns only, so PostgreSQL re-checks them on the row it waited for.
    where: {
      id: refund.id,
      status: { in: [...c.from] },
      version: c.version,
      ...(c.requireUninvoiced ? { invoiceId: null } : {}),
    },
    data: { ...c.data, status: c.to, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("conflict");
  await tx.return.update({ where: { id: refund.returnId }, data: { refundStatus: c.to }, select: { id: true } });
  await writeAudit(tx, auditContext(actor), {
    action: c.action,
    targetType: "Refund",
    targetId: refund.id,
    before: { status: refund.status, version: c.version },
    after: {
      status: c.to,
      returnCode: refund.return.code,
      orderCode: refund.order.code,
      amountFils: refund.amountFils,
      ...c.auditAfter,
    },
  });
  return { id: refund.id, status: c.to, returnCode: refund.return.code };
}
