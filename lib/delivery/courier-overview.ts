import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import type { OrderState } from "@/lib/orders/workflow";
import { RUN_STATES } from "./courier/scope";
import { runDate } from "./targets";

/**
 * Each active courier: today's run (its orders by state), the load (open orders), and the
 * cash in hand — confirmed collections not yet handed over to finance plus the cash of
 * delivered reports still waiting for confirmation. Grouped sums, no rows loaded.
 */
export async function couriersOverview(actor: Actor, now = new Date()) {
  assertCan(actor, "delivery.assign");
  const couriers = await db.courier.findMany({
    where: { isActive: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 300,
    select: { id: true, name: true, phone: true, userId: true, company: { select: { name: true } } },
  });
  const ids = couriers.map((c) => c.id);
  const date = runDate(now);
  const [runs, open, cash, pendingCash] = await Promise.all([
    db.deliveryRun.findMany({
      where: { courierId: { in: ids }, date, status: { not: "cancelled" } },
      select: { id: true, courierId: true },
    }),
    db.order.groupBy({
      by: ["assignedCourierId"],
      where: { assignedCourierId: { in: ids }, state: { in: [...RUN_STATES] } },
      _count: { _all: true },
    }),
    db.codCollection.groupBy({
      by: ["courierId"],
      where: { courierId: { in: ids }, handoverId: null },
      _sum: { amountFils: true },
    }),
    db.deliveryAttempt.groupBy({
      by: ["courierId"],
      where: { courierId: { in: ids }, status: "pending", outcome: "delivered" },
      _sum: { codCollectedFils: true },
    }),
  ]);
  const runIds = runs.map((r) => r.id);
  const runStates = runIds.length
    ? await db.order.groupBy({
        by: ["deliveryRunId", "state"],
        where: { deliveryRunId: { in: runIds } },
        _count: { _all: true },
      })
    : [];
  return couriers.map((c) => {
    const myRuns = new Set(runs.filter((r) => r.courierId === c.id).map((r) => r.id));
    const today: Partial<Record<OrderState, number>> = {};
    for (const r of runStates) {
      if (r.deliveryRunId && myRuns.has(r.deliveryRunId))
        today[r.state as OrderState] = (today[r.state as OrderState] ?? 0) + r._count._all;
    }
    const confirmedCash = cash.find((r) => r.courierId === c.id)?._sum.amountFils ?? 0;
    const reportedCash = pendingCash.find((r) => r.courierId === c.id)?._sum.codCollectedFils ?? 0;
    return {
      id: c.id,
      name: c.name,
      phone: c.phone,
      hasLogin: !!c.userId,
      company: c.company?.name ?? null,
      runToday: today,
      runTotal: Object.values(today).reduce((n, v) => n + (v ?? 0), 0),
      load: open.find((r) => r.assignedCourierId === c.id)?._count._all ?? 0,
      cashInHandFils: confirmedCash + reportedCash,
      reportedCashFils: reportedCash,
    };
  });
}
export type CourierOverviewRow = Awaited<ReturnType<typeof couriersOverview>>[number];

/** One courier's run of today: the stops in order, with what the manager may do next. */
export async function getCourierRun(actor: Actor, courierId: string, now = new Date()) {
  assertCan(actor, "delivery.assign");
  const courier = await db.courier.findUnique({
    where: { id: String(courierId).slice(0, 64) },
    select: { id: true, name: true, phone: true, isActive: true, company: { select: { name: true } } },
  });
  if (!courier) throw new AppError("not_found");
  const runs = await db.deliveryRun.findMany({
    where: { courierId: courier.id, date: runDate(now) },
    select: { id: true, status: true },
  });
  const stops = await db.order.findMany({
    where: {
      OR: [
        { deliveryRunId: { in: runs.map((r) => r.id) } },
        // Carried over from an earlier day and still open.
        { assignedCourierId: courier.id, state: { in: [...RUN_STATES] } },
      ],
    },
    orderBy: [{ runStopNo: "asc" }, { createdAt: "asc" }],
    take: 500,
    select: {
      id: true,
      code: true,
      version: true,
      state: true,
      emirate: true,
      city: true,
      area: true,
      totalFils: true,
      runStopNo: true,
      deliveryRunId: true,
      pickedUpAt: true,
      deliveryAttempts: true,
      assignedCourierId: true,
    },
  });
  return {
    courier,
    runStatus: runs[0]?.status ?? null,
    stops: stops.map((s) => ({
      ...s,
      state: s.state as OrderState,
      // Still with this courier? (An order re-assigned away stays listed in the run, read-only.)
      current: s.assignedCourierId === courier.id,
      reassignable: s.state === "delivery_in_progress" && s.assignedCourierId === courier.id,
    })),
  };
}
export type CourierRun = Awaited<ReturnType<typeof getCourierRun>>;
