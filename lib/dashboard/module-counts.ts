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

export async function inventoryCounts(actor: Actor) {
  assertCan(actor, "inventory.view");
  const scope = warehouseScope(actor);
  const [warehouses, bins, lowStock] = await Promise.all([
    db.warehouse.count({ where: { AND: [scope, { isActive: true }] } }),
    db.binLocation.count({ where: { warehouse: scope } }),
    db.lowStockAlert.count({ where: { resolvedAt: null, warehouse: scope } }),
  ]);
  return { warehouses, bins, lowStock };
}

export async function sourcingCounts(actor: Actor) {
  if (!actor.permissions.has("sourcing.requests.approve")) assertCan(actor, "sourcing.suppliers.manage");
  const [activeSuppliers, byStatus] = await Promise.all([
    db.supplier.count({ where: { status: "active" } }),
    db.sourcingRequest.groupBy({ by: ["status"], where: { status: { in: ["submitted", "approved", "ordered"] } }, _count: { _all: true } }),
  ]);
  const n = (s: string) => byStatus.find((r) => r.status === s)?._count._all ?? 0;
  return { activeSuppliers, submitted: n("submitted"), approved: n("approved"), ordered: n("ordered") };
}

export async function financeCounts(actor: Actor) {
  if (!actor.permissions.has("finance.statements.view_all")) assertCan(actor, "finance.reports");
  const [payouts, openHandovers, draftInvoices] = await Promise.all([
    db.payout.groupBy({ by: ["status"], where: { status: { in: ["requested", "approved"] } }, _count: { _all: true } }),
    db.codHandover.count({ where: { status: { in: ["open", "submitted"] } } }),
    db.invoice.count({ where: { status: "draft" } }),
  ]);
  const n = (s: string) => payouts.find((r) => r.status === s)?._count._all ?? 0;
  return { payoutsRequested: n("requested"), payoutsApproved: n("approved"), openHandovers, draftInvoices };
}
