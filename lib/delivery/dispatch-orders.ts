import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { issueDeliveryOtp } from "@/lib/delivery/otp";
import { deliverSmsSoon } from "@/lib/sms/outbox";
import { applyOrderChange, applyTransition } from "@/lib/orders/transition";
import type { OrderState } from "@/lib/orders/workflow";
import {
  MAX_DISPATCH,
  ZDispatchAreaInput,
  ZDispatchOrdersInput,
  ZReassignInput,
  type DispatchAreaInput,
  type DispatchOrdersInput,
  type DispatchTarget,
  type ReassignInput,
} from "./dispatch.schema";
import { RUN_STATES } from "./courier/scope";
import { nextRunStop, resolveTarget, type ResolvedTarget } from "./targets";

export type DispatchResult = { dispatched: number; skipped: number };

/** The delivery columns of an order going to `target`, with its stop in the courier's run. */
async function assignmentPatch(tx: Tx, target: ResolvedTarget, actor: Actor, now: Date) {
  const run = target.courierId ? await nextRunStop(tx, target.courierId, actor.userId, now) : null;
  return {
    assignedCourierId: target.courierId,
    deliveryCompanyId: target.companyId,
    deliveryRunId: run?.runId ?? null,
    runStopNo: run?.stopNo ?? null,
    pickedUpAt: null,
  };
}

/**
 * One ready order → delivery_in_progress (`dispatch`) in its own transaction: the conditional
 * update, the run stop and the customer's OTP SMS commit together. An order that is no longer
 * ready (dispatched by someone else meanwhile) throws order_changed.
 */
async function dispatchOne(
  actor: Actor,
  orderId: string,
  target: DispatchTarget,
  locale: string,
  now: Date,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const o = await tx.order.findUnique({
      where: { id: orderId },
      select: { id: true, code: true, state: true, version: true, archivedAt: true },
    });
    if (!o || o.archivedAt) throw new AppError("not_found");
    if (o.state !== "ready_for_delivery") throw new AppError("order_changed");
    const resolved = await resolveTarget(tx, target);
    const patch = await assignmentPatch(tx, resolved, actor, now);
    await applyTransition(tx, {
      order: { id: o.id, state: o.state as OrderState, version: o.version },
      transition: "dispatch",
      actor,
      patch,
      data: {
        courierId: resolved.courierId,
        companyId: resolved.companyId,
        runId: patch.deliveryRunId,
        stopNo: patch.runStopNo,
      },
      now,
    });
    await issueDeliveryOtp(tx, { orderId: o.id, orderCode: o.code, locale, now });
  });
}

async function dispatchMany(
  actor: Actor,
  orderIds: string[],
  target: DispatchTarget,
  locale: string,
): Promise<DispatchResult> {
  // Fail fast on a bad target (field error) before touching any order.
  await db.$transaction((tx) => resolveTarget(tx, target));
  const now = new Date();
  let dispatched = 0;
  for (const id of orderIds) {
    try {
      await dispatchOne(actor, id, target, locale, now);
      dispatched += 1;
    } catch (e) {
      if (!(e instanceof AppError) || e.code === "validation") throw e;
    }
  }
  if (dispatched > 0) deliverSmsSoon();
  return { dispatched, skipped: orderIds.length - dispatched };
}

/**
 * The manager sends chosen ready orders (one or many) to a courier or a company. Orders that
 * moved on since the list was shown are skipped and counted, never dispatched twice.
 */
export async function dispatchOrders(
  actor: Actor,
  raw: DispatchOrdersInput,
  opts: { locale?: string } = {},
): Promise<DispatchResult> {
  assertCan(actor, "delivery.assign");
  const input = ZDispatchOrdersInput.parse(raw);
  return dispatchMany(actor, [...new Set(input.orderIds)], input.target, opts.locale ?? "ar");
}

/**
 * Every ready order in an emirate (and area, and warehouse), oldest first, at most
 * MAX_DISPATCH per action; `remaining` tells the manager to press again.
 */
export async function dispatchArea(
  actor: Actor,
  raw: DispatchAreaInput,
  opts: { locale?: string } = {},
): Promise<DispatchResult & { remaining: number }> {
  assertCan(actor, "delivery.assign");
  const input = ZDispatchAreaInput.parse(raw);
  const where = {
    state: "ready_for_delivery" as const,
    archivedAt: null,
    emirate: input.emirate,
    ...(input.area ? { area: { equals: input.area, mode: "insensitive" as const } } : {}),
    ...(input.warehouseId ? { warehouseId: input.warehouseId } : {}),
  };
  const rows = await db.order.findMany({
    where,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: MAX_DISPATCH,
    select: { id: true },
  });
  const result = rows.length
    ? await dispatchMany(
        actor,
        rows.map((r) => r.id),
        input.target,
        opts.locale ?? "ar",
      )
    : { dispatched: 0, skipped: 0 };
  const remaining = await db.order.count({ where });
  return { ...result, remaining };
}

/**
 * Hands an order that is out for delivery, and not reported yet, to another courier or
 * company: a new stop in the new courier's run, the pick-up scan cleared (the new courier
 * scans it again). Conditional on the version the manager saw.
 */
export async function reassignOrder(actor: Actor, raw: ReassignInput): Promise<{ version: number }> {
  assertCan(actor, "delivery.assign");
  const input = ZReassignInput.parse(raw);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const o = await tx.order.findUnique({
      where: { id: input.orderId },
      select: {
        id: true,
        state: true,
        version: true,
        archivedAt: true,
        assignedCourierId: true,
        deliveryCompanyId: true,
      },
    });
    if (!o || o.archivedAt || !(RUN_STATES as readonly string[]).includes(o.state)) throw new AppError("not_found");
    if (o.state !== "delivery_in_progress" || o.version !== input.version) throw new AppError("order_changed");
    const resolved = await resolveTarget(tx, input.target);
    if (resolved.courierId === o.assignedCourierId && resolved.companyId === o.deliveryCompanyId) {
      throw new AppError("validation", {}, { target: "target_same" });
    }
    const patch = await assignmentPatch(tx, resolved, actor, now);
    return applyOrderChange(tx, {
      order: { id: o.id, state: "delivery_in_progress", version: o.version },
      type: "reassign_courier",
      actor,
      now,
      patch,
      // No pending courier report may slip in between: the state condition covers it.
      data: {
        courierId: resolved.courierId,
        companyId: resolved.companyId,
        fromCourierId: o.assignedCourierId,
        fromCompanyId: o.deliveryCompanyId,
        runId: patch.deliveryRunId,
      },
    });
  });
}
