import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { parseAed } from "@/lib/money/parse-aed";
import { feeTotal, MAX_FEE_FILS } from "./fee-calc";
import {
  ZCalculateOrderFeeInput,
  ZEditOrderFeeInput,
  type CalculateOrderFeeInput,
  type EditOrderFeeInput,
} from "./fees.schema";
import { ensureOrderFee } from "./order-fee";

const AMOUNTS = ["serviceFils", "fulfillmentFils", "deliveryFils", "codFeeFils", "returnFeeFils", "totalFils"] as const;
const pick = (r: Record<(typeof AMOUNTS)[number], number>) => Object.fromEntries(AMOUNTS.map((k) => [k, r[k]]));

/**
 * Finance corrects one order's fees before they are invoiced, with a reason. The update is
 * conditional on `invoiceId IS NULL` and the `updatedAt` the person saw: an invoiced fee is
 * refused with `fee_invoiced`, a fee someone else changed meanwhile with `conflict`. Marks
 * the row edited (who, when, why) and audits the amounts before and after with the reason.
 */
export async function editOrderFee(actor: Actor, raw: EditOrderFeeInput): Promise<{ totalFils: number }> {
  assertCan(actor, "finance.fees.manage");
  const input = parseOrThrow(ZEditOrderFeeInput, raw);
  const fils = (s: string) => parseAed(s, MAX_FEE_FILS) as number;
  const amounts = {
    serviceFils: fils(input.serviceAed),
    fulfillmentFils: fils(input.fulfillmentAed),
    deliveryFils: fils(input.deliveryAed),
    codFeeFils: fils(input.codFeeAed),
    returnFeeFils: fils(input.returnFeeAed),
  };
  let totalFils: number;
  try {
    totalFils = feeTotal(amounts);
  } catch {
    throw new AppError("validation", {}, { serviceAed: "fees.total_too_large" });
  }
  const seen = new Date(input.seenUpdatedAt);
  const now = new Date();

  return db.$transaction(async (tx) => {
    const before = await tx.orderFee.findUnique({
      where: { id: input.orderFeeId },
      select: {
        id: true,
        invoiceId: true,
        updatedAt: true,
        order: { select: { code: true } },
        serviceFils: true,
        fulfillmentFils: true,
        deliveryFils: true,
        codFeeFils: true,
        returnFeeFils: true,
        totalFils: true,
      },
    });
    if (!before) throw new AppError("not_found");
    if (before.invoiceId) throw new AppError("fee_invoiced");
    // updatedAt doubles as the row's version: strictly later than any value it had.
    const updatedAt = new Date(Math.max(now.getTime(), seen.getTime() + 1, before.updatedAt.getTime() + 1));
    const { count } = await tx.orderFee.updateMany({
      where: { id: before.id, invoiceId: null, updatedAt: seen },
      data: {
        ...amounts,
        totalFils,
        isEdited: true,
        editedById: actor.userId,
        editedAt: now,
        editNote: input.reason,
        updatedAt,
      },
    });
    if (count !== 1) {
      const again = await tx.orderFee.findUnique({ where: { id: before.id }, select: { invoiceId: true } });
      throw new AppError(again?.invoiceId ? "fee_invoiced" : "conflict");
    }
    await writeAudit(tx, auditContext(actor), {
      action: "finance.fees.order_fee_edited",
      targetType: "OrderFee",
      targetId: before.id,
      before: { orderCode: before.order.code, ...pick(before) },
      after: { orderCode: before.order.code, ...amounts, totalFils, reason: input.reason },
    });
    return { totalFils };
  });
}

/**
 * Creates the fee of a delivered or returned order that has none yet (an order charged before
 * fees were set up), from the schedule in force at its delivery / inspection.
 */
export async function calculateOrderFee(actor: Actor, raw: CalculateOrderFeeInput): Promise<{ created: boolean }> {
  assertCan(actor, "finance.fees.manage");
  const input = parseOrThrow(ZCalculateOrderFeeInput, raw);
  return db.$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: { id: input.orderId, archivedAt: null },
      select: { id: true, code: true, fee: { select: { id: true } } },
    });
    if (!order) throw new AppError("not_found");
    if (order.fee) return { created: false };
    const fee = await ensureOrderFee(tx, order.id, new Date());
    if (!fee) throw new AppError("conflict");
    await writeAudit(tx, auditContext(actor), {
      action: "finance.fees.order_fee_calculated",
      targetType: "OrderFee",
      targetId: fee.id,
      after: { orderCode: order.code, feeScheduleId: fee.feeScheduleId, ...pick(fee) },
    });
    return { created: true };
  });
}
