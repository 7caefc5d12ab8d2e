import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { MAX_HANDOVER_COLLECTIONS } from "./record-handover.schema";

/** Where a courier's unhanded cash comes from: confirmed deliveries of in-house orders. */
const courierCashWhere = (courierId: string) => ({ courierId, handoverId: null, companyId: null });

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
  const [collections, [agg]] = await Promise.all([
    db.codCollection.findMany({
      where,
      orderBy: [{ collectedAt: "asc" }, { id: "asc" }],
      take: MAX_HANDOVER_COLLECTIONS,
      select: {
        id: true,
        amountFils: true,
        currency: true,
        collectedAt: true,
        order: { select: { code: true, deliveredAt: true } },
      },
    }),
    // The sum of Int columns could pass 2^31 over many orders: summed as bigint.
    db.$queryRaw<Array<{ count: number; s: bigint | null }>>`
      SELECT COUNT(*)::int AS count, SUM("amountFils")::bigint AS s
      FROM "CodCollection" WHERE "courierId" = ${courier.id} AND "handoverId" IS NULL AND "companyId" IS NULL`,
  ]);
  const count = agg?.count ?? 0;
  return {
    courier,
    collections: collections.map((c) => ({
      id: c.id,
      amountFils: c.amountFils,
      currency: c.currency,
      collectedAt: c.collectedAt,
      orderCode: c.order.code,
      deliveredAt: c.order.deliveredAt ?? c.collectedAt,
    })),
    count,
    totalFils: BigInt(agg?.s ?? 0),
    truncated: count > collections.length,
  };
}
export type CourierCash = Awaited<ReturnType<typeof getCourierCash>>;
