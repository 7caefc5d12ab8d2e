import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { calculateFees, type FeeBreakdown } from "./fee-calc";
import { normaliseOrderCode } from "./fees.schema";
import { orderFeeFacts, type OrderFeeFacts } from "./order-fee";
import { resolveSchedule, SCHEDULE_SELECT, type ScheduleRow } from "./resolve-schedule";

/** States whose orders carry fees: delivered, or on their way back / back. */
const FEE_STATES = ["delivery_completed", "returning", "returned"] as const;

export type OrderFeeDetail = {
  order: {
    id: string;
    code: string;
    state: string;
    totalFils: number;
    currency: string;
    deliveredAt: Date | null;
    seller: { id: string; code: string; storeName: string };
  };
  /** What the fee is computed from, or null while nothing is chargeable yet (a return not yet inspected). */
  facts: OrderFeeFacts | null;
  fee: {
    id: string;
    serviceFils: number;
    fulfillmentFils: number;
    deliveryFils: number;
    codFeeFils: number;
    returnFeeFils: number;
    totalFils: number;
    isEdited: boolean;
    editedAt: Date | null;
    editNote: string | null;
    editedBy: string | null;
    updatedAt: Date;
    createdAt: Date;
    invoice: { id: string; number: string } | null;
  } | null;
  /** The schedule the fee was computed under (or would be, if there is no fee yet). */
  schedule: (ScheduleRow & { isOverride: boolean }) | null;
  /** The schedule's arithmetic for this order, part by part (the amounts before any edit). */
  computed: FeeBreakdown | null;
};

/**
 * Finance looks an order up by its code: delivered or returned orders only (anything else is
 * `not_found`, like an unknown code). Shows its OrderFee, who edited it and why, the invoice
 * that froze it, and the schedule arithmetic behind it.
 */
export async function orderFeeDetail(actor: Actor, rawCode: string): Promise<OrderFeeDetail> {
  assertCan(actor, "finance.fees.manage");
  const code = normaliseOrderCode(String(rawCode ?? ""));
  if (!code) throw new AppError("not_found");
  const order = await db.order.findFirst({
    where: { code, state: { in: [...FEE_STATES] }, archivedAt: null },
    select: {
      id: true,
      code: true,
      state: true,
      totalFils: true,
      currency: true,
      deliveredAt: true,
      seller: { select: { id: true, code: true, storeName: true } },
      fee: {
        select: {
          id: true,
          feeScheduleId: true,
          serviceFils: true,
          fulfillmentFils: true,
          deliveryFils: true,
          codFeeFils: true,
          returnFeeFils: true,
          totalFils: true,
          isEdited: true,
          editedById: true,
          editedAt: true,
          editNote: true,
          updatedAt: true,
          createdAt: true,
          invoice: { select: { id: true, number: true } },
        },
      },
    },
  });
  if (!order) throw new AppError("not_found");
  const facts = await db.$transaction((tx) => orderFeeFacts(tx, order.id, new Date()));
  const f = order.fee;
  const schedule = f?.feeScheduleId
    ? await db.feeSchedule.findUnique({ where: { id: f.feeScheduleId }, select: SCHEDULE_SELECT })
    : facts
      ? await resolveSchedule(db, facts.sellerId, facts.at)
      : null;
  const editor = f?.editedById
    ? await db.user.findUnique({ where: { id: f.editedById }, select: { name: true } })
    : null;
  return {
    order: {
      id: order.id,
      code: order.code,
      state: order.state,
      totalFils: order.totalFils,
      currency: order.currency,
      deliveredAt: order.deliveredAt,
      seller: order.seller,
    },
    facts,
    fee: f
      ? {
          id: f.id,
          serviceFils: f.serviceFils,
          fulfillmentFils: f.fulfillmentFils,
          deliveryFils: f.deliveryFils,
          codFeeFils: f.codFeeFils,
          returnFeeFils: f.returnFeeFils,
          totalFils: f.totalFils,
          isEdited: f.isEdited,
          editedAt: f.editedAt,
          editNote: f.editNote,
          editedBy: editor?.name ?? null,
          updatedAt: f.updatedAt,
          createdAt: f.createdAt,
          invoice: f.invoice,
        }
      : null,
    schedule: schedule ? { ...schedule, isOverride: schedule.sellerId !== null } : null,
    computed:
      schedule && facts
        ? calculateFees(schedule, { codAmountFils: facts.codAmountFils, outcome: facts.outcome })
        : null,
  };
}
