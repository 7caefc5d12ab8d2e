import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { uaeDayEnd, uaeDayStart, uaeIsoDay } from "@/lib/time/uae-day";
import { courierOrderScope, findActorCourier, RUN_STATES } from "./scope";

/** A day's run is a van's load; more than this is a data problem, not a run. */
export const MAX_RUN_STOPS = 200;

/**
 * Today's run for the signed-in courier: their orders out for delivery and those reported and
 * waiting for the manager, in stop order; today's totals (stops left, delivered, cash
 * collected — the courier's own delivered reports of the UAE day); and the returns they are
 * bringing back. Raw report data only — the manager's decisions show as the order's state.
 */
export async function getCourierRun(actor: Actor, now = new Date()) {
  assertCan(actor, "delivery.update_own");
  const courier = await findActorCourier(db, actor);
  const scope = courierOrderScope(actor);
  const day = uaeIsoDay(now);
  const [stops, delivered, returns] = await Promise.all([
    db.order.findMany({
      where: { AND: [scope, { state: { in: [...RUN_STATES] } }] },
      orderBy: [{ runStopNo: { sort: "asc", nulls: "last" } }, { code: "asc" }],
      take: MAX_RUN_STOPS,
      select: {
        id: true,
        code: true,
        state: true,
        runStopNo: true,
        customerName: true,
        emirate: true,
        city: true,
        area: true,
        totalFils: true,
        pickedUpAt: true,
        deliveryAttempts: true,
      },
    }),
    courier
      ? db.deliveryAttempt.aggregate({
          where: {
            courierId: courier.id,
            outcome: "delivered",
            createdAt: { gte: uaeDayStart(day), lt: uaeDayEnd(day) },
          },
          _count: { _all: true },
          _sum: { codCollectedFils: true },
        })
      : null,
    db.order.findMany({
      where: { AND: [scope, { state: "returning", returns: { some: { status: "in_transit" } } }] },
      orderBy: { stateChangedAt: "asc" },
      take: MAX_RUN_STOPS,
      select: {
        id: true,
        code: true,
        customerName: true,
        returns: { where: { status: "in_transit" }, select: { code: true }, orderBy: { createdAt: "desc" }, take: 1 },
      },
    }),
  ]);
  return {
    hasCourier: !!courier,
    stops: stops.map((s) => ({ ...s, waitingConfirmation: s.state === "pending_manager_confirmation" })),
    totals: {
      toDeliver: stops.filter((s) => s.state === "delivery_in_progress").length,
      reported: stops.filter((s) => s.state === "pending_manager_confirmation").length,
      deliveredToday: delivered?._count._all ?? 0,
      cashTodayFils: delivered?._sum.codCollectedFils ?? 0,
    },
    returns: returns.map((r) => ({
      orderId: r.id,
      orderCode: r.code,
      customerName: r.customerName,
      returnCode: r.returns[0]?.code ?? "",
    })),
  };
}
export type CourierRun = Awaited<ReturnType<typeof getCourierRun>>;
