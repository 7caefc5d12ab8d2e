import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { OrderFee } from "@/generated/prisma/client";
import { calculateFees, feeTotal, type FeeOutcome } from "./fee-calc";
import { resolveSchedule, SCHEDULE_SELECT } from "./resolve-schedule";

/** What the fees of one order are computed from, read in the caller's transaction. */
export type OrderFeeFacts = {
  orderId: string;
  sellerId: string;
  outcome: FeeOutcome;
  /** The base of the percentage parts: the cash collected, or the order total if none was. */
  codAmountFils: number;
  /** The moment whose schedule applies: delivery, or the inspection of a never-delivered return. */
  at: Date;
};

/**
 * The order's chargeable outcome, or null while it has none (not delivered and no inspected
 * return). A delivered order that came back (customer return) keeps its delivery-time
 * schedule; a refused / failed order that was never delivered is charged at its inspection.
 */
export async function orderFeeFacts(tx: Tx, orderId: string, now: Date): Promise<OrderFeeFacts | null> {
  const order = await tx.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      sellerId: true,
      totalFils: true,
      deliveredAt: true,
      codCollection: { select: { amountFils: true } },
      returns: {
        where: { status: { in: ["inspected", "closed"] } },
        orderBy: [{ inspectedAt: "desc" }, { createdAt: "desc" }],
        take: 1,
        select: { inspectedAt: true },
      },
    },
  });
  if (!order) throw new AppError("not_found");
  const returned = order.returns[0] ?? null;
  if (order.deliveredAt) {
    return {
      orderId: order.id,
      sellerId: order.sellerId,
      outcome: returned ? "returned_after_delivery" : "delivered",
      codAmountFils: order.codCollection?.amountFils ?? order.totalFils,
      at: order.deliveredAt,
    };
  }
  if (returned) {
    return {
      orderId: order.id,
      sellerId: order.sellerId,
      outcome: "returned_undelivered",
      codAmountFils: order.totalFils,
      at: returned.inspectedAt ?? now,
    };
  }
  return null;
}

/**
 * The order's OrderFee, created from the schedule in force at its delivery (or, for a return
 * that was never delivered, at its inspection) if it has none yet. Safe under concurrency:
 * the insert is ON CONFLICT (orderId) DO NOTHING, so two callers end with one row, and the
 * loser reads the winner's. Returns null, writing nothing, for an order that has nothing
 * chargeable yet (not delivered, no inspected return) or when no schedule at all is in force
 * at that moment (a fresh database without the seeded default: a delivery must not fail
 * because finance has not set fees up; the order simply has no fee until one is created).
 */
export async function ensureOrderFee(tx: Tx, orderId: string, now: Date): Promise<OrderFee | null> {
  const existing = await tx.orderFee.findUnique({ where: { orderId } });
  if (existing) return existing;
  const facts = await orderFeeFacts(tx, orderId, now);
  if (!facts) return null;
  const schedule = await resolveSchedule(tx, facts.sellerId, facts.at);
  if (!schedule) return null;
  const fees = calculateFees(schedule, { codAmountFils: facts.codAmountFils, outcome: facts.outcome });
  await tx.orderFee.createMany({
    data: [
      {
        orderId,
        feeScheduleId: schedule.id,
        serviceFils: fees.serviceFils,
        fulfillmentFils: fees.fulfillmentFils,
        deliveryFils: fees.deliveryFils,
        codFeeFils: fees.codFeeFils,
        returnFeeFils: fees.returnFeeFils,
        totalFils: fees.totalFils,
        createdAt: now,
      },
    ],
    skipDuplicates: true,
  });
  return tx.orderFee.findUniqueOrThrow({ where: { orderId } });
}

/**
 * The return inspection's hook. An order without a fee yet gets its whole fee (a refused or
 * failed return: service + fulfillment + delivery + return fee, no COD fee). An order charged
 * at delivery keeps its fees and gains the return fee of the schedule it was charged under,
 * unless it already carries one or is already invoiced (an invoiced fee is final; a later
 * return is settled on the next statement as an adjustment). Conditional on the row not having
 * changed since it was read, so a concurrent fee edit makes this fail with `conflict`.
 */
export async function applyReturnFee(tx: Tx, orderId: string, now: Date): Promise<OrderFee | null> {
  const existing = await tx.orderFee.findUnique({ where: { orderId } });
  if (!existing) return ensureOrderFee(tx, orderId, now);
  if (existing.invoiceId || existing.returnFeeFils > 0) return existing;
  const facts = await orderFeeFacts(tx, orderId, now);
  if (!facts || facts.outcome === "delivered") return existing;
  const schedule =
    (existing.feeScheduleId
      ? await tx.feeSchedule.findUnique({ where: { id: existing.feeScheduleId }, select: SCHEDULE_SELECT })
      : null) ?? (await resolveSchedule(tx, facts.sellerId, facts.at));
  if (!schedule) return existing;
  const returnFeeFils = calculateFees(schedule, {
    codAmountFils: facts.codAmountFils,
    outcome: facts.outcome,
  }).returnFeeFils;
  if (returnFeeFils === 0) return existing;
  const totalFils = feeTotal({ ...existing, returnFeeFils });
  const { count } = await tx.orderFee.updateMany({
    where: { id: existing.id, invoiceId: null, updatedAt: existing.updatedAt },
    data: {
      returnFeeFils,
      totalFils,
      updatedAt: now > existing.updatedAt ? now : new Date(existing.updatedAt.getTime() + 1),
    },
  });
  if (count !== 1) throw new AppError("conflict");
  return tx.orderFee.findUniqueOrThrow({ where: { orderId } });
}
