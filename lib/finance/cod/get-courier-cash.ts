import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { MAX_HANDOVER_COLLECTIONS } from "./record-handover.schema";

/** Where a courier's unhanded cash comes from: confirmed deliveries of in-house orders. */
export const courierCashWhere = (courierId: string) => ({ courierId, handoverId: null, companyId: null });

/**
 * One courier's cash in hand, for the handover form: the outstanding collections oldest first
 * (order code, delivered date, amount; at most MAX_HANDOVER_COLLECTIONS — a handover settles
 * those first) and the full count and exact sum. Company drivers' cash is remitted by their
 * company, so it is not listed here.
 */
export async function getCourierCash(actor: Actor, courierId: string) {
  assertCan(actor, "finance.cod.reconcile");
  const courier = await db.courier.findUnique({
    where: { id: String(courierId).slice(0, 64) },
    select: { id: true, name: true, phone: true, isActive: true, companyId: true, company: { select: { name: true } } },
  });
  if (!courier) throw new AppError("not_found");
  const where = courierCashWhere(courier.id);
  const [collections, agg] = await Promise.all([
    db.codCollection.findMany({
      where,
      orderBy: [{ collectedAt: "asc" }, { id: "asc" }],
      take: MAX_HANDOVER_COLLECTIONS,
      select: { id: true, amountFils: true, currency: true, collectedAt: true, order: { select: { code: true, deliveredAt: true } } },
    }),
    db.codCollection.aggregate({ where, _count: { _all: true } }),
  ]);
  // The sum of Int columns could pass 2^31 over many orders: add exactly.
  const totalFils = collections.length === agg._count._all
    ? collections.reduce((s, c) => s + BigInt(c.amountFils), 0n)
    : (await db.$queryRaw<Array<{ s: bigint | null }>>`
        SELECT SUM("amountFils")::bigint AS s FROM "CodCollection" WHERE "courierId" = ${courier.id} AND "handoverId" IS NULL AND "companyId" IS NULL`)[0]?.s ?? 0n;
  return {
    courier,
    collections: collections.map((c) => ({ id: c.id, amountFils: c.amountFils, currency: c.currency, collectedAt: c.collectedAt, orderCode: c.order.code, deliveredAt: c.order.deliveredAt ?? c.collectedAt })),
    count: agg._count._all,
    totalFils: BigInt(totalFils),
    truncated: agg._count._all > collections.length,
  };
}
export type CourierCash = Awaited<ReturnType<typeof getCourierCash>>;
