import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { pageArgs, toPage } from "@/lib/pagination";
import { canViewRefunds } from "./change-refund-status";
import { ZRefundFilters, type RefundFilters, type RefundRowStatus } from "./refund.schema";

const PAGE_SIZE = 25;

/**
 * The refund desk: newest first, filtered by status (Refund_status_createdAt_idx) and seller
 * (Refund_sellerId_createdAt_idx), paged on the server. Each row links its Return and order.
 */
export async function listRefunds(actor: Actor, raw: RefundFilters) {
  if (!canViewRefunds(actor)) throw new AppError("not_found");
  const f = ZRefundFilters.parse(raw);
  const and: Prisma.RefundWhereInput[] = [];
  if (f.status) and.push({ status: f.status });
  if (f.sellerId) and.push({ sellerId: f.sellerId });
  const where: Prisma.RefundWhereInput = { AND: and };
  const [rows, total, counts] = await db.$transaction([
    db.refund.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(f.page, PAGE_SIZE),
      select: {
        id: true,
        status: true,
        version: true,
        amountFils: true,
        reference: true,
        proofFileId: true,
        invoiceId: true,
        createdAt: true,
        paidAt: true,
        return: { select: { id: true, code: true, source: true, inspectionResult: true, refundStatus: true } },
        order: { select: { id: true, code: true, currency: true } },
        seller: { select: { id: true, storeName: true, code: true } },
      },
    }),
    db.refund.count({ where }),
    db.refund.groupBy({
      by: ["status"],
      where: f.sellerId ? { sellerId: f.sellerId } : {},
      orderBy: { status: "asc" },
      _count: { _all: true },
      _sum: { amountFils: true },
    }),
  ]);
  const byStatus = Object.fromEntries(
    counts.map((c) => [
      c.status,
      { count: typeof c._count === "object" ? (c._count._all ?? 0) : 0, sumFils: c._sum?.amountFils ?? 0 },
    ]),
  ) as Partial<Record<RefundRowStatus, { count: number; sumFils: number }>>;
  return {
    ...toPage(
      rows.map((r) => ({ ...r, status: r.status as RefundRowStatus })),
      total,
      f.page,
      PAGE_SIZE,
    ),
    filters: f,
    byStatus,
  };
}
export type RefundRow = Awaited<ReturnType<typeof listRefunds>>["rows"][number];
