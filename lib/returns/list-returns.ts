import "server-only";
import type { Prisma, ReturnStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { likeLiteral } from "@/lib/db/like";
import { pageArgs, toPage } from "@/lib/pagination";
import { NO_COURIER, ZReturnFilters, type ReturnFilters, type ReturnView } from "./list-returns.schema";
import { warehouseReturnScope } from "./scope";

export const INCOMING_STATUSES = ["requested", "in_transit"] as const satisfies readonly ReturnStatus[];

const VIEW_STATUSES: Record<ReturnView, readonly ReturnStatus[] | null> = {
  incoming: INCOMING_STATUSES,
  received: ["received"],
  inspected: ["inspected"],
  closed: ["closed"],
  open: ["requested", "in_transit", "received", "inspected"],
  all: null,
};

/** "RET2611…" searches return codes, anything else order codes ("#2611…" or "2611…"). */
function searchWhere(q: string): Prisma.ReturnWhereInput {
  if (/^ret/i.test(q)) return { code: { startsWith: likeLiteral(q.toUpperCase()) } };
  return { order: { code: { startsWith: likeLiteral(q.startsWith("#") ? q : `#${q}`) } } };
}

/**
 * The warehouse's "agent returns" list: returns of orders shipped from the actor's warehouses,
 * by view (status group), courier and code, paged on the server (Return_status_createdAt_idx).
 * Work still to do (incoming, received) comes oldest first; the rest newest first.
 */
export async function listWarehouseReturns(actor: Actor, raw: ReturnFilters) {
  assertCan(actor, "returns.inspect");
  const f = ZReturnFilters.parse(raw);
  const statuses = VIEW_STATUSES[f.view];
  const and: Prisma.ReturnWhereInput[] = [warehouseReturnScope(actor)];
  if (statuses) and.push({ status: { in: [...statuses] } });
  if (f.courierId) and.push({ order: { assignedCourierId: f.courierId === NO_COURIER ? null : f.courierId } });
  if (f.q) and.push(searchWhere(f.q));
  const where: Prisma.ReturnWhereInput = { AND: and };
  const oldestFirst = f.view === "incoming" || f.view === "received";
  const [rows, total] = await db.$transaction([
    db.return.findMany({
      where,
      orderBy: [{ createdAt: oldestFirst ? "asc" : "desc" }, { id: "asc" }],
      ...pageArgs(f.page),
      select: {
        id: true,
        code: true,
        status: true,
        source: true,
        version: true,
        createdAt: true,
        receivedAt: true,
        inspectionResult: true,
        order: {
          select: {
            id: true,
            code: true,
            emirate: true,
            city: true,
            seller: { select: { storeName: true } },
            assignedCourier: { select: { id: true, name: true } },
            lines: { select: { quantity: true } },
          },
        },
      },
    }),
    db.return.count({ where }),
  ]);
  return toPage(
    rows.map(({ order, ...r }) => ({
      ...r,
      order: {
        id: order.id,
        code: order.code,
        emirate: order.emirate,
        city: order.city,
        sellerName: order.seller.storeName,
      },
      courier: order.assignedCourier,
      units: order.lines.reduce((n, l) => n + l.quantity, 0),
    })),
    total,
    f.page,
  );
}
export type WarehouseReturnRow = Awaited<ReturnType<typeof listWarehouseReturns>>["rows"][number];

/**
 * Returns still coming back (requested / in transit), counted per courier who carries them,
 * for the "by courier" groups above the list; `courierId: null` = no courier (drop-offs).
 */
export async function incomingByCourier(
  actor: Actor,
): Promise<Array<{ courierId: string | null; name: string | null; count: number }>> {
  assertCan(actor, "returns.inspect");
  const incoming: Prisma.ReturnWhereInput = {
    AND: [warehouseReturnScope(actor), { status: { in: [...INCOMING_STATUSES] } }],
  };
  const [couriers, withoutCourier] = await Promise.all([
    db.courier.findMany({
      where: { orders: { some: { returns: { some: incoming } } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, _count: { select: { orders: { where: { returns: { some: incoming } } } } } },
    }),
    db.return.count({ where: { AND: [incoming, { order: { assignedCourierId: null } }] } }),
  ]);
  const groups = couriers.map((c) => ({
    courierId: c.id as string | null,
    name: c.name as string | null,
    count: c._count.orders,
  }));
  if (withoutCourier > 0) groups.push({ courierId: null, name: null, count: withoutCourier });
  return groups;
}

/** Couriers to filter the list by: those carrying any return the actor may see. */
export async function returnCourierChoices(actor: Actor): Promise<Array<{ id: string; name: string }>> {
  assertCan(actor, "returns.inspect");
  return db.courier.findMany({
    where: { orders: { some: { returns: { some: warehouseReturnScope(actor) } } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
    take: 200,
  });
}
