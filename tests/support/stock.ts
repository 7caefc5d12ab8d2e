// Stock builders for integration tests: every change goes through lib/inventory/ledger.ts,
// so balances and movements stay consistent. Import only from integration files.
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import type { BinKind, Emirate, OrderState, StockMovementType } from "@/generated/prisma/enums";
import { applyMovement, releaseOrderStock, reserveOrderStock } from "@/lib/inventory/ledger";
import { createOrder } from "./factories";

const uid = () => randomBytes(4).toString("hex").toUpperCase();

// Concurrency tests queue many transactions on a pool of 10 connections and on row locks.
export const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/** A warehouse without bins (add them with createBin). */
export async function createWarehouse(opts: { code?: string; emirate?: Emirate; isActive?: boolean } = {}) {
  const id = uid();
  return db.warehouse.create({
    data: {
      code: opts.code ?? `W${id}`,
      nameEn: `Warehouse ${id}`,
      nameAr: `مستودع ${id}`,
      emirate: opts.emirate ?? "dubai",
      address: "Al Quoz 3",
      isActive: opts.isActive ?? true,
    },
  });
}

export async function createBin(
  warehouseId: string,
  opts: { code?: string; kind?: BinKind; pickOrder?: number; isActive?: boolean } = {},
) {
  return db.binLocation.create({
    data: {
      warehouseId,
      code: opts.code ?? `B-${uid()}`,
      kind: opts.kind ?? "storage",
      pickOrder: opts.pickOrder ?? 0,
      isActive: opts.isActive ?? true,
    },
  });
}

/** A generic movement in its own transaction. */
export function move(
  productId: string,
  locationId: string,
  type: StockMovementType,
  quantity: number,
  extra: { reason?: string; actorId?: string | null } = {},
) {
  return db.$transaction(
    (tx) =>
      applyMovement(tx, {
        productId,
        locationId,
        type,
        quantity,
        reason: extra.reason ?? null,
        actorId: extra.actorId ?? null,
      }),
    TX_OPTIONS,
  );
}

/** Receives `qty` units into the location through the ledger. */
export function receiveStock(productId: string, locationId: string, qty: number) {
  return move(productId, locationId, "receive", qty, { reason: "test receipt" });
}

/** An order (createOrder from the factories) with these lines. */
export async function createOrderWithLines(
  sellerId: string,
  createdById: string,
  lines: Array<{ productId: string; quantity: number }>,
  opts: { emirate?: Emirate; state?: OrderState } = {},
) {
  const order = await createOrder(sellerId, createdById, { state: opts.state ?? "callcenter_review" });
  await db.orderLine.createMany({
    data: lines.map((l) => ({
      orderId: order.id,
      productId: l.productId,
      quantity: l.quantity,
      unitPriceFils: 10_000,
      lineTotalFils: 10_000 * l.quantity,
    })),
  });
  if (opts.emirate && opts.emirate !== order.emirate)
    await db.order.update({ where: { id: order.id }, data: { emirate: opts.emirate } });
  return order;
}

export function reserve(orderId: string, actorId: string | null = null) {
  return db.$transaction((tx) => reserveOrderStock(tx, { orderId, actorId }), TX_OPTIONS);
}

export function release(orderId: string, actorId: string | null = null, reason = "test cancellation") {
  return db.$transaction((tx) => releaseOrderStock(tx, { orderId, actorId, reason }), TX_OPTIONS);
}

export async function balanceOf(productId: string, locationId: string) {
  const row = await db.stockBalance.findUnique({ where: { productId_locationId: { productId, locationId } } });
  return { onHand: row?.onHand ?? 0, reserved: row?.reserved ?? 0 };
}

/** Movements in ledger order (optionally of one order). */
export function movementsOf(where: { orderId?: string; productId?: string; locationId?: string } = {}) {
  return db.stockMovement.findMany({ where, orderBy: { id: "asc" } });
}
