import "server-only";
// Row scoping for the inventory screens: a stock keeper (or packer) sees the warehouses
// assigned to them (warehouseScope); a bin, balance, movement or product outside them is
// not_found. No assignment = nothing.
import { db, type Db } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { warehouseScope } from "@/lib/dashboard/module-counts";
import { AppError } from "@/lib/errors";

/** Ids of the actor's warehouses (active or not: history stays readable), by code. */
export async function scopedWarehouses(actor: Actor, client: Db = db) {
  return client.warehouse.findMany({
    where: warehouseScope(actor),
    orderBy: { code: "asc" },
    select: { id: true, code: true, nameEn: true, nameAr: true, isActive: true },
  });
}

export async function scopedWarehouseIds(actor: Actor, client: Db = db): Promise<string[]> {
  return (await scopedWarehouses(actor, client)).map((w) => w.id);
}

/** The warehouse ids to show: the requested one if it is in scope (else not_found), or all of them. */
export async function warehouseFilter(
  actor: Actor,
  warehouseId: string | undefined,
  client: Db = db,
): Promise<string[]> {
  const ids = await scopedWarehouseIds(actor, client);
  if (!warehouseId) return ids;
  if (!ids.includes(warehouseId)) throw new AppError("not_found");
  return [warehouseId];
}

/** A bin of one of the actor's warehouses, or not_found. */
export async function scopedBin(actor: Actor, binId: string, client: Db = db) {
  const bin = await client.binLocation.findFirst({
    where: { id: binId, warehouse: warehouseScope(actor) },
    select: {
      id: true,
      code: true,
      kind: true,
      isActive: true,
      warehouseId: true,
      warehouse: { select: { isActive: true } },
    },
  });
  if (!bin) throw new AppError("not_found");
  return bin;
}

/** Products the actor's warehouses hold (or held) stock of. */
export function productScope(actor: Actor): Prisma.ProductWhereInput {
  return { stockBalances: { some: { location: { warehouse: warehouseScope(actor) } } } };
}

/** A product in productScope, or not_found. */
export async function scopedProduct(actor: Actor, productId: string, client: Db = db) {
  const product = await client.product.findFirst({
    where: { AND: [productScope(actor), { id: productId }] },
    select: {
      id: true,
      sku: true,
      barcode: true,
      nameEn: true,
      nameAr: true,
      minStock: true,
      maxStock: true,
      isActive: true,
    },
  });
  if (!product) throw new AppError("not_found");
  return product;
}
