import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";

/**
 * Warehouses a stock keeper or packer works in: the ones assigned to them; nobody assigned
 * anywhere sees none (an empty scope, not all of them).
 */
export function warehouseScope(actor: Actor): Prisma.WarehouseWhereInput {
  return { users: { some: { userId: actor.userId } } };
}

export async function sourcingCounts(actor: Actor) {
  if (!actor.permissions.has("sourcing.requests.approve")) assertCan(actor, "sourcing.suppliers.manage");
  const [activeSuppliers, byStatus] = await Promise.all([
    db.supplier.count({ where: { status: "active" } }),
    db.sourcingRequest.groupBy({
      by: ["status"],
      where: { status: { in: ["submitted", "approved", "ordered"] } },
      _count: { _all: true },
    }),
  ]);
  const n = (s: string) => byStatus.find((r) => r.status === s)?._count._all ?? 0;
  return { activeSuppliers, submitted: n("submitted"), approved: n("approved"), ordered: n("ordered") };
}
