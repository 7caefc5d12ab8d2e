import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { pageArgs, toPage } from "@/lib/pagination";
import { ZSellerReturnFilters, type SellerReturnFilters } from "./list-returns.schema";
import { sellerReturnScope } from "./scope";

/** What a seller sees of a return in a list: no courier, bin or warehouse details. */
const SELLER_ROW = {
  id: true,
  code: true,
  createdAt: true,
  source: true,
  status: true,
  inspectionResult: true,
  refundFils: true,
  refundStatus: true,
  order: { select: { id: true, code: true } },
} satisfies Prisma.ReturnSelect;

/** The seller's own returns, newest first, paged on the server (Return_sellerId_createdAt_idx). */
export async function listSellerReturns(actor: Actor, raw: SellerReturnFilters) {
  assertCan(actor, "returns.view_own");
  const f = ZSellerReturnFilters.parse(raw);
  const where: Prisma.ReturnWhereInput = { AND: [sellerReturnScope(actor), f.status ? { status: f.status } : {}] };
  const [rows, total] = await db.$transaction([
    db.return.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      ...pageArgs(f.page),
      select: SELLER_ROW,
    }),
    db.return.count({ where }),
  ]);
  return toPage(rows, total, f.page);
}
export type SellerReturnRow = Awaited<ReturnType<typeof listSellerReturns>>["rows"][number];

/**
 * The returns of one of the seller's own orders (the link on the order page). Staff who open
 * that page get none: the scope is empty without `returns.view_own` and a seller profile.
 */
export async function sellerReturnsOfOrder(actor: Actor, raw: { orderId: string }) {
  const { orderId } = z.object({ orderId: z.string().min(1).max(64) }).parse(raw);
  return db.return.findMany({
    where: { AND: [sellerReturnScope(actor), { orderId }] },
    orderBy: { createdAt: "asc" },
    select: { id: true, code: true, status: true },
  });
}
