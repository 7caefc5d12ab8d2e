import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/guards";
import type { Actor } from "@/lib/auth/actor";
import { pageArgs, toPage } from "@/lib/pagination";
import { uaeDayEnd, uaeDayStart } from "@/lib/time/uae-day";
import type { Prisma } from "@/generated/prisma/client";
import { scopedProduct, scopedWarehouseIds } from "./scope";
import { ZMovementFilter } from "./list-stock.schema";

/** A product's balances per bin in the actor's warehouses, and its movement history there. */
export async function getProductStock(actor: Actor, productId: string, rawFilter: unknown) {
  assertCan(actor, "inventory.view");
  const product = await scopedProduct(actor, productId);
  const filter = ZMovementFilter.parse(rawFilter ?? {});
  const warehouseIds = await scopedWarehouseIds(actor);
  const balances = await db.stockBalance.findMany({
    where: { productId, location: { warehouseId: { in: warehouseIds } } },
    orderBy: [{ location: { warehouse: { code: "asc" } } }, { location: { code: "asc" } }],
    select: {
      onHand: true,
      reserved: true,
      location: {
        select: { id: true, code: true, kind: true, isActive: true, warehouse: { select: { id: true, code: true } } },
      },
    },
  });
  const and: Prisma.StockMovementWhereInput[] = [{ productId, location: { warehouseId: { in: warehouseIds } } }];
  if (filter.type) and.push({ type: filter.type });
  if (filter.binId) and.push({ locationId: filter.binId });
  if (filter.from) and.push({ createdAt: { gte: uaeDayStart(filter.from) } });
  if (filter.to) and.push({ createdAt: { lt: uaeDayEnd(filter.to) } });
  const where: Prisma.StockMovementWhereInput = { AND: and };
  const [rows, total] = await Promise.all([
    db.stockMovement.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(filter.page),
      select: {
        id: true,
        type: true,
        quantity: true,
        onHandAfter: true,
        reservedAfter: true,
        reason: true,
        createdAt: true,
        transferGroupId: true,
        location: { select: { code: true } },
        actor: { select: { name: true } },
        order: { select: { code: true } },
      },
    }),
    db.stockMovement.count({ where }),
  ]);
  return {
    product,
    balances: balances.map((b) => ({ ...b, available: b.onHand - b.reserved })),
    movements: toPage(
      rows.map((r) => ({ ...r, id: r.id.toString() })),
      total,
      filter.page,
    ),
  };
}
