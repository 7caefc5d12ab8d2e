import "server-only";
import type { Prisma } from "@/generated/prisma/client";
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
