import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { pageArgs, toPage } from "@/lib/pagination";
import { ZReadyFilters, type ReadyFilters } from "./dispatch.schema";

const PAGE_SIZE = 50;

/**
 * Orders waiting for dispatch, oldest first (Order_emirate_state_idx / Order_state_createdAt_idx),
 * filtered by emirate, area and warehouse and paged on the server.
 */
export async function listReadyOrders(actor: Actor, raw: ReadyFilters) {
  assertCan(actor, "delivery.assign");
  const f = ZReadyFilters.parse(raw);
  const where: Prisma.OrderWhereInput = {
    state: "ready_for_delivery",
    archivedAt: null,
    ...(f.emirate ? { emirate: f.emirate } : {}),
    ...(f.area ? { area: { equals: f.area, mode: "insensitive" } } : {}),
    ...(f.warehouseId ? { warehouseId: f.warehouseId } : {}),
  };
  const [rows, total] = await db.$transaction([
    db.order.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      ...pageArgs(f.page, PAGE_SIZE),
      select: {
        id: true,
        code: true,
        version: true,
        emirate: true,
        city: true,
        area: true,
        totalFils: true,
        createdAt: true,
        stateChangedAt: true,
        seller: { select: { storeName: true } },
        warehouse: { select: { code: true } },
      },
    }),
    db.order.count({ where }),
  ]);
  return toPage(rows, total, f.page, PAGE_SIZE);
}
export type ReadyRow = Awaited<ReturnType<typeof listReadyOrders>>["rows"][number];

/** Active couriers and companies a manager can dispatch to (the target picker). */
export async function listDispatchTargets(actor: Actor) {
  if (!actor.permissions.has("delivery.confirm")) assertCan(actor, "delivery.assign");
  const [couriers, companies] = await Promise.all([
    db.courier.findMany({
      where: { isActive: true, OR: [{ companyId: null }, { company: { isActive: true, archivedAt: null } }] },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, name: true, company: { select: { name: true } } },
    }),
    db.deliveryCompany.findMany({
      where: { isActive: true, archivedAt: null },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: 200,
      select: { id: true, name: true },
    }),
  ]);
  return {
    couriers: couriers.map((c) => ({ value: `courier:${c.id}`, name: c.name, company: c.company?.name ?? null })),
    companies: companies.map((c) => ({ value: `company:${c.id}`, name: c.name })),
  };
}
export type DispatchTargets = Awaited<ReturnType<typeof listDispatchTargets>>;

/** Warehouses for the dispatch filter. */
export async function listWarehouseChoices(actor: Actor) {
  assertCan(actor, "delivery.assign");
  return db.warehouse.findMany({
    where: { isActive: true },
    orderBy: { code: "asc" },
    take: 100,
    select: { id: true, code: true, nameEn: true, nameAr: true },
  });
}
