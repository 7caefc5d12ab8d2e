import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { pageArgs, toPage, PAGE_SIZE } from "@/lib/pagination";
import { ZListOrdersInput, type ListOrdersInput } from "./list-orders.schema";
import { orderFilterWhere } from "./order-filters";
import { orderScope } from "./scope";
import { sellerStatusOf, type OrderState } from "./workflow";

/** The order list (seller: own orders; staff with orders.view_all: all), filtered and paged on the server. */
export async function listOrders(actor: Actor, raw: ListOrdersInput, opts: { pageSize?: number } = {}) {
  if (!can(actor, "orders.view_own") && !can(actor, "orders.view_all")) throw new AppError("not_found");
  const input = ZListOrdersInput.parse(raw);
  const pageSize = Math.min(Math.max(opts.pageSize ?? PAGE_SIZE, 1), 100);
  const where = { AND: [orderScope(actor), orderFilterWhere(input)] };
  const [rows, total] = await db.$transaction([
    db.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(input.page, pageSize),
      select: {
        id: true,
        code: true,
        state: true,
        customerName: true,
        emirate: true,
        city: true,
        totalFils: true,
        externalRef: true,
        source: true,
        isLikelyDuplicate: true,
        createdAt: true,
        lines: { select: { quantity: true } },
      },
    }),
    db.order.count({ where }),
  ]);
  return toPage(
    rows.map(({ state, lines, ...r }) => ({
      ...r,
      sellerStatus: sellerStatusOf(state as OrderState),
      itemCount: lines.reduce((n, l) => n + l.quantity, 0),
    })),
    total,
    input.page,
    pageSize,
  );
}
export type OrderListRow = Awaited<ReturnType<typeof listOrders>>["rows"][number];
