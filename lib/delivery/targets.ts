import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { uaeIsoDay } from "@/lib/time/uae-day";
import type { DispatchTarget } from "./dispatch.schema";

/** The UAE working day as the value of a `@db.Date` column. */
export function runDate(now: Date): Date {
  return new Date(`${uaeIsoDay(now)}T00:00:00Z`);
}

export type ResolvedTarget = { courierId: string | null; companyId: string | null; label: string };

/**
 * The courier or company an order goes to: active (and, for a company, not archived), or a
 * field error. A company driver takes their company along, so its remittances add up.
 */
export async function resolveTarget(tx: Tx, target: DispatchTarget): Promise<ResolvedTarget> {
  if (target.kind === "courier") {
    const c = await tx.courier.findFirst({
      where: {
        id: target.id,
        isActive: true,
        OR: [{ companyId: null }, { company: { isActive: true, archivedAt: null } }],
      },
      select: { id: true, name: true, companyId: true },
    });
    if (!c) throw new AppError("validation", {}, { target: "target_invalid" });
    return { courierId: c.id, companyId: c.companyId, label: c.name };
  }
  const co = await tx.deliveryCompany.findFirst({
    where: { id: target.id, isActive: true, archivedAt: null },
    select: { id: true, name: true },
  });
  if (!co) throw new AppError("validation", {}, { target: "target_invalid" });
  return { courierId: null, companyId: co.id, label: co.name };
}

/**
 * The courier's run for today's UAE day and the next stop number in it. The courier row is
 * locked first, so two managers dispatching to the same courier at once take turns: one run
 * per courier and day, and stop numbers that do not repeat.
 */
export async function nextRunStop(
  tx: Tx,
  courierId: string,
  actorId: string | null,
  now: Date,
): Promise<{ runId: string; stopNo: number }> {
  await tx.$queryRaw`SELECT id FROM "Courier" WHERE id = ${courierId} FOR UPDATE`;
  const date = runDate(now);
  const existing = await tx.deliveryRun.findFirst({
    where: { courierId, date, status: { not: "cancelled" } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const run =
    existing ??
    (await tx.deliveryRun.create({ data: { courierId, date, createdById: actorId }, select: { id: true } }));
  const last = await tx.order.aggregate({ where: { deliveryRunId: run.id }, _max: { runStopNo: true } });
  return { runId: run.id, stopNo: (last._max.runStopNo ?? 0) + 1 };
}
