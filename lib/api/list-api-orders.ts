import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { listOrders } from "@/lib/orders/list-orders";
import { ZListOrdersInput } from "@/lib/orders/list-orders.schema";

const ZPerPage = z.coerce.number().int().min(1).max(100).catch(25).default(25);

/** GET /api/v1/orders: the token's own orders, newest first, with the list page's filters. */
export async function listApiOrders(actor: Actor, query: URLSearchParams) {
  assertCan(actor, "orders.view_own");
  const raw = Object.fromEntries(
    ["status", "from", "to", "emirate", "q", "page"].map((k) => [k, query.get(k) ?? undefined]),
  );
  const page = await listOrders(actor, ZListOrdersInput.parse(raw), {
    pageSize: ZPerPage.parse(query.get("per_page") ?? undefined),
  });
  return {
    data: page.rows.map((r) => ({
      code: r.code,
      status: r.sellerStatus,
      createdAt: r.createdAt.toISOString(),
      customerName: r.customerName,
      emirate: r.emirate,
      city: r.city,
      totalFils: r.totalFils,
      externalRef: r.externalRef,
      isLikelyDuplicate: r.isLikelyDuplicate,
    })),
    page: page.page,
    perPage: page.pageSize,
    total: page.total,
    pageCount: page.pageCount,
  };
}
