import "server-only";
import { db } from "@/lib/db/client";
import { assertCan } from "@/lib/auth/guards";
import type { Actor } from "@/lib/auth/actor";
import { pageArgs, toPage } from "@/lib/pagination";
import { scopedWarehouses } from "./scope";
import { ZListBinsInput } from "./list-stock.schema";
import { AppError } from "@/lib/errors";
import { warehouseScope } from "@/lib/dashboard/module-counts";

/** The bins and zones of one of the actor's warehouses (the first by code when none is chosen). */
export async function listBins(actor: Actor, raw: unknown) {
  assertCan(actor, "inventory.view");
  const input = ZListBinsInput.parse(raw ?? {});
  const warehouses = await scopedWarehouses(actor);
  const warehouse = input.warehouseId ? warehouses.find((w) => w.id === input.warehouseId) : warehouses[0];
  if (input.warehouseId && !warehouse) throw new AppError("not_found");
  if (!warehouse) return { warehouses, warehouse: null, zones: [], bins: toPage([], 0, 1) };
  const where = { warehouseId: warehouse.id };
  const [zones, rows, total] = await Promise.all([
    db.warehouseZone.findMany({
      where,
      orderBy: { code: "asc" },
      select: { id: true, code: true, nameEn: true, nameAr: true },
    }),
    db.binLocation.findMany({
      where,
      orderBy: [{ pickOrder: "asc" }, { code: "asc" }],
      ...pageArgs(input.page),
      select: {
        id: true,
        code: true,
        kind: true,
        pickOrder: true,
        isActive: true,
        zone: { select: { id: true, code: true } },
      },
    }),
    db.binLocation.count({ where }),
  ]);
  return { warehouses, warehouse, zones, bins: toPage(rows, total, input.page) };
}

/** Active bins of the actor's warehouses, for the movement forms' pickers. */
export async function binChoices(actor: Actor) {
  assertCan(actor, "inventory.view");
  return db.binLocation.findMany({
    where: { isActive: true, warehouse: { AND: [warehouseScope(actor), { isActive: true }] } },
    orderBy: [{ warehouse: { code: "asc" } }, { pickOrder: "asc" }, { code: "asc" }],
    take: 500,
    select: { id: true, code: true, kind: true, warehouse: { select: { id: true, code: true } } },
  });
}
