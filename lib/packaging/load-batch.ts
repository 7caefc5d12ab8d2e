import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { ZOrderIds } from "./packing.schema";
import { packingScope } from "./scope";

/** The `where` of a batch page's orders: the given ids within the actor's packing scope. */
export function batchWhere(
  actor: Actor,
  ids: readonly string[],
): { orderIds: string[]; where: Prisma.OrderWhereInput } {
  const parsed = ZOrderIds.safeParse({ orderIds: ids });
  if (!parsed.success) throw new AppError("not_found");
  return {
    orderIds: parsed.data.orderIds,
    where: { AND: [packingScope(actor), { id: { in: parsed.data.orderIds } }] },
  };
}

/**
 * The rows of a batch in the order the ids were given. One id the actor may not see (or a
 * malformed list) = not_found for the whole batch, so a list of ids leaks nothing, not even
 * partially.
 */
export function inBatchOrder<T extends { id: string }>(orderIds: readonly string[], rows: readonly T[]): T[] {
  if (rows.length !== orderIds.length) throw new AppError("not_found");
  const byId = new Map(rows.map((r) => [r.id, r]));
  return orderIds.map((id) => byId.get(id)!);
}
