import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { uaeDayEnd, uaeDayStart } from "@/lib/time/uae-day";
import {
  addCounts,
  EMPTY_COUNTS,
  performanceFigures,
  type PerformanceCounts,
  type PerformanceFigures,
} from "./performance-math";
import { parseRange } from "./performance.schema";

type AttemptAgg = {
  id: string;
  orders: number;
  attempts: number;
  delivered: number;
  failed: number;
  refused: number;
  delivered_attempt_no: number;
  deliver_seconds: number | null;
  deliver_timed: number;
};
type DispatchAgg = { courier_id: string | null; company_id: string | null; n: number };

export type PerformanceRow = PerformanceFigures & { id: string; name: string };

/**
 * Delivery performance per courier and per company over UAE days [from, to], from confirmed
 * data only: manager-confirmed attempts created in the range (DeliveryAttempt_status_createdAt_idx)
 * and the dispatch / re-assignment events of the range. Everything is aggregated in SQL.
 * A company's figures are the attempts on orders dispatched to it (or made by its drivers).
 */
export async function deliveryPerformance(actor: Actor, raw: { from?: unknown; to?: unknown }, now = new Date()) {
  if (!actor.permissions.has("delivery.confirm")) assertCan(actor, "delivery.assign");
  const range = parseRange(raw, now);
  const start = uaeDayStart(range.from);
  const end = uaeDayEnd(range.to);

  const attemptAgg = (groupExpr: "courier" | "company") =>
    db.$queryRawUnsafe<AttemptAgg[]>(
      `
    SELECT ${groupExpr === "courier" ? `a."courierId"` : `COALESCE(o."deliveryCompanyId", c."companyId")`} AS id,
      count(DISTINCT a."orderId")::int AS orders,
      count(*)::int AS attempts,
      (count(*) FILTER (WHERE a."confirmedOutcome" = 'delivered'))::int AS delivered,
      (count(*) FILTER (WHERE a."confirmedOutcome" = 'failed'))::int AS failed,
      (count(*) FILTER (WHERE a."confirmedOutcome" = 'refused'))::int AS refused,
      COALESCE(sum(a."attemptNo") FILTER (WHERE a."confirmedOutcome" = 'delivered'), 0)::int AS delivered_attempt_no,
      sum(EXTRACT(EPOCH FROM (o."deliveredAt" - d.dispatched_at))) FILTER (WHERE a."confirmedOutcome" = 'delivered' AND d.dispatched_at IS NOT NULL AND o."deliveredAt" IS NOT NULL)::float8 AS deliver_seconds,
      (count(*) FILTER (WHERE a."confirmedOutcome" = 'delivered' AND d.dispatched_at IS NOT NULL AND o."deliveredAt" IS NOT NULL))::int AS deliver_timed
    FROM "DeliveryAttempt" a
    JOIN "Order" o ON o.id = a."orderId"
    JOIN "Courier" c ON c.id = a."courierId"
    LEFT JOIN LATERAL (
      SELECT min(e."createdAt") AS dispatched_at FROM "OrderEvent" e
      WHERE e."orderId" = a."orderId" AND e.type = 'transition' AND e.data->>'transition' = 'dispatch'
    ) d ON a."confirmedOutcome" = 'delivered'
    WHERE a.status IN ('confirmed', 'corrected') AND a."createdAt" >= $1 AND a."createdAt" < $2
    GROUP BY 1`,
      start,
      end,
    );

  const [byCourier, byCompany, dispatches] = await Promise.all([
    attemptAgg("courier"),
    attemptAgg("company"),
    db.$queryRaw<DispatchAgg[]>`
      SELECT e.data->>'courierId' AS courier_id, e.data->>'companyId' AS company_id, count(*)::int AS n
      FROM "OrderEvent" e
      WHERE e."createdAt" >= ${start} AND e."createdAt" < ${end}
        AND ((e.type = 'transition' AND e.data->>'transition' = 'dispatch') OR e.type = 'reassign_courier')
      GROUP BY 1, 2`,
  ]);

  const toCounts = (a: AttemptAgg | undefined, dispatched: number): PerformanceCounts => ({
    ...EMPTY_COUNTS,
    dispatched,
    ...(a
      ? {
          ordersAttempted: a.orders,
          attempts: a.attempts,
          delivered: a.delivered,
          failed: a.failed,
          refused: a.refused,
          deliveredAttemptNoSum: a.delivered_attempt_no,
          deliverSecondsSum: a.deliver_seconds ?? 0,
          deliverTimed: a.deliver_timed,
        }
      : {}),
  });
  const dispatchedTo = (key: "courier_id" | "company_id", id: string) =>
    dispatches.filter((d) => d[key] === id).reduce((n, d) => n + d.n, 0);

  const courierIds = new Set([
    ...byCourier.map((r) => r.id),
    ...dispatches.map((d) => d.courier_id).filter((v): v is string => !!v),
  ]);
  const companyIds = new Set([
    ...byCompany.map((r) => r.id).filter(Boolean),
    ...dispatches.map((d) => d.company_id).filter((v): v is string => !!v),
  ]);
  const [couriers, companies] = await Promise.all([
    db.courier.findMany({ where: { id: { in: [...courierIds] } }, select: { id: true, name: true } }),
    db.deliveryCompany.findMany({ where: { id: { in: [...companyIds] } }, select: { id: true, name: true } }),
  ]);

  let total = { ...EMPTY_COUNTS };
  const courierRows: PerformanceRow[] = couriers.map((c) => {
    const counts = toCounts(
      byCourier.find((r) => r.id === c.id),
      dispatchedTo("courier_id", c.id),
    );
    total = addCounts(total, counts);
    return { id: c.id, name: c.name, ...performanceFigures(counts) };
  });
  // Orders dispatched straight to a company (no driver named) count in the total too.
  const companyOnly = dispatches.filter((d) => !d.courier_id).reduce((n, d) => n + d.n, 0);
  total = addCounts(total, { ...EMPTY_COUNTS, dispatched: companyOnly });
  const companyRows: PerformanceRow[] = companies.map((c) => ({
    id: c.id,
    name: c.name,
    ...performanceFigures(
      toCounts(
        byCompany.find((r) => r.id === c.id),
        dispatchedTo("company_id", c.id),
      ),
    ),
  }));
  const byName = (a: PerformanceRow, b: PerformanceRow) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  return {
    range,
    couriers: courierRows.sort(byName),
    companies: companyRows.sort(byName),
    total: performanceFigures(total),
  };
}
export type DeliveryPerformance = Awaited<ReturnType<typeof deliveryPerformance>>;
