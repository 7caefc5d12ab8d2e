import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/guards";
import type { Actor } from "@/lib/auth/actor";
import { pageArgs, toPage } from "@/lib/pagination";
import { warehouseFilter } from "./scope";
import { ZListLowStockInput } from "./list-stock.schema";

/** Open low-stock alerts of the actor's warehouses, oldest first. */
export async function listLowStock(actor: Actor, raw: unknown) {
  assertCan(actor, "inventory.view");
  const input = ZListLowStockInput.parse(raw ?? {});
  const warehouseIds = await warehouseFilter(actor, input.warehouseId);
  const where = { resolvedAt: null, warehouseId: { in: warehouseIds } };
  const [rows, total] = await Promise.all([
    db.lowStockAlert.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      ...pageArgs(input.page),
      select: {
        id: true,
        availableQty: true,
        minStock: true,
        createdAt: true,
        product: { select: { id: true, sku: true, nameEn: true, nameAr: true, maxStock: true } },
        warehouse: { select: { id: true, code: true } },
      },
    }),
    db.lowStockAlert.count({ where }),
  ]);
  return toPage(rows, total, input.page);
}
