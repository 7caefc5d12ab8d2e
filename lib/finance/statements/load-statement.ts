import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { ensureOrderFee } from "@/lib/finance/fees/order-fee";
import { periodInstants, type Period } from "./period";
import {
  computeStatement,
  statementSignature,
  type FeeSource,
  type Statement,
  type StatementOrderInput,
  type StatementRefundInput,
} from "./statement-math";

export type LoadedStatement = Statement & {
  sellerId: string;
  period: Period;
  /** sha256 of the statement's lines: generation compares it with what the user saw. */
  fingerprint: string;
  refundIds: string[];
  /** Orders of the period that have no fees (no schedule was in force): not on the statement. */
  withoutFees: Array<{ id: string; code: string }>;
};

/** Orders of the period: delivered in it, or returned in it without ever being delivered. */
function periodOrdersWhere(sellerId: string, p: Period): Prisma.OrderWhereInput {
  const { start, end } = periodInstants(p);
  return {
    sellerId,
    OR: [
      { deliveredAt: { gte: start, lt: end } },
      // `returned` is terminal, so stateChangedAt is when the goods came back.
      { state: "returned", deliveredAt: null, stateChangedAt: { gte: start, lt: end } },
    ],
  };
}

/**
 * The seller's not-yet-invoiced statement for the period, read in the caller's transaction:
 * orders of the period whose OrderFee has no invoice (orders lacking an OrderFee get one first,
 * from the fee schedule in force: ensureOrderFee), their confirmed COD, and the refunds
 * approved or paid by the end of the period that are not on an invoice yet.
 */
export async function loadStatement(tx: Tx, sellerId: string, period: Period, now: Date): Promise<LoadedStatement> {
  const where = periodOrdersWhere(sellerId, period);
  const lacking = await tx.order.findMany({
    where: { ...where, fee: { is: null } },
    select: { id: true, code: true },
    orderBy: { id: "asc" },
  });
  const withoutFees: Array<{ id: string; code: string }> = [];
  for (const o of lacking) {
    if (!(await ensureOrderFee(tx, o.id, now))) withoutFees.push(o);
  }

  const { end } = periodInstants(period);
  // One after the other: an interactive transaction has one connection.
  const orders = await tx.order.findMany({
    where: { ...where, fee: { is: { invoiceId: null } } },
    select: {
      id: true,
      code: true,
      deliveredAt: true,
      stateChangedAt: true,
      codCollection: { select: { amountFils: true, collectedAt: true } },
      fee: {
        select: {
          serviceFils: true,
          fulfillmentFils: true,
          deliveryFils: true,
          codFeeFils: true,
          returnFeeFils: true,
          isEdited: true,
          editedById: true,
          editedAt: true,
          editNote: true,
          feeSchedule: { select: { sellerId: true, effectiveFrom: true } },
        },
      },
    },
  });
  const refunds = await tx.refund.findMany({
    where: { sellerId, status: { in: ["approved", "paid"] }, invoiceId: null, createdAt: { lt: end } },
    select: {
      id: true,
      orderId: true,
      amountFils: true,
      status: true,
      order: { select: { code: true } },
      return: { select: { code: true } },
    },
  });

  const editorIds = [...new Set(orders.map((o) => o.fee?.editedById).filter((x): x is string => !!x))];
  const editors = editorIds.length
    ? await tx.user.findMany({ where: { id: { in: editorIds } }, select: { id: true, name: true } })
    : [];
  const editorName = new Map(editors.map((u) => [u.id, u.name]));

  const inputs: StatementOrderInput[] = orders.map((o) => {
    const fee = o.fee!; // the where clause requires one
    const source: FeeSource = fee.isEdited
      ? {
          kind: "edited",
          by: (fee.editedById && editorName.get(fee.editedById)) || "—",
          note: fee.editNote,
          at: fee.editedAt,
        }
      : fee.feeSchedule
        ? {
            kind: "schedule",
            scope: fee.feeSchedule.sellerId ? "seller" : "default",
            effectiveFrom: fee.feeSchedule.effectiveFrom,
          }
        : { kind: "unlinked" };
    return {
      orderId: o.id,
      code: o.code,
      outcome: o.deliveredAt ? "delivered" : "returned",
      at: o.deliveredAt ?? o.stateChangedAt,
      cod: o.codCollection
        ? { amountFils: o.codCollection.amountFils, collectedAt: o.codCollection.collectedAt }
        : null,
      fee: {
        serviceFils: fee.serviceFils,
        fulfillmentFils: fee.fulfillmentFils,
        deliveryFils: fee.deliveryFils,
        codFeeFils: fee.codFeeFils,
        returnFeeFils: fee.returnFeeFils,
        source,
      },
    };
  });
  const refundInputs: StatementRefundInput[] = refunds.map((r) => ({
    refundId: r.id,
    orderId: r.orderId,
    orderCode: r.order.code,
    returnCode: r.return.code,
    amountFils: r.amountFils,
    status: r.status as "approved" | "paid",
  }));
  const statement = computeStatement(inputs, refundInputs);
  const fingerprint = createHash("sha256")
    .update(`${sellerId}|${period.from}|${period.to}|${statementSignature(statement)}`)
    .digest("hex");
  return { ...statement, sellerId, period, fingerprint, refundIds: refunds.map((r) => r.id), withoutFees };
}

/** JSON-safe line source for InvoiceLine.description (rendered translated by the invoice pages). */
export function describeSource(source: Statement["lines"][number]["source"]): string {
  return JSON.stringify(source);
}
