import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { warehouseScope } from "@/lib/dashboard/module-counts";
import { orderScope, PACKING_STATES } from "@/lib/orders/scope";

/**
 * Orders a packer may see (STYLE.md rule 8): what `orderScope` lets them see, in a packing
 * state, reserved in one of the warehouses assigned to them. No warehouse assigned = nothing.
 * Every packaging query starts from it: `where: { AND: [packingScope(actor), filters] }`.
 */
export function packingScope(actor: Actor): Prisma.OrderWhereInput {
  return { AND: [orderScope(actor), { state: { in: [...PACKING_STATES] } }, { warehouse: warehouseScope(actor) }] };
}

export type LockedPackedOrder = { id: string; state: string; version: number; labelPrintedAt: Date | null };

/**
 * For bulk label/hand-over actions: every selected order must be in the packer's scope (else
 * not_found, nothing written — no partial leak), then the rows are locked in id order so two
 * bulk actions over overlapping selections cannot deadlock.
 */
export async function lockScopedOrders(
  tx: Tx,
  actor: Actor,
  orderIds: readonly string[],
): Promise<LockedPackedOrder[]> {
  const visible = await tx.order.findMany({
    where: { AND: [packingScope(actor), { id: { in: [...orderIds] } }] },
    select: { id: true },
  });
  if (visible.length !== orderIds.length) throw new AppError("not_found");
  return tx.$queryRaw<LockedPackedOrder[]>`
    SELECT id, state::text AS state, version, "labelPrintedAt" FROM "Order" WHERE id = ANY(${[...orderIds]}::text[]) ORDER BY id FOR UPDATE`;
}
