import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { payoutScope } from "@/lib/finance/invoices/scope";
import { pageArgs, toPage } from "@/lib/pagination";
import { ZPayoutFilters, type PayoutFilters, type PayoutStatus } from "./payout.schema";

const PAGE_SIZE = 25;

/**
 * Payouts newest first, filtered by seller (Payout_sellerId_createdAt_idx) or status
 * (Payout_status_createdAt_idx), paged on the server. A seller sees only its own.
 */
export async function listPayouts(actor: Actor, raw: PayoutFilters) {
  const scope = payoutScope(actor);
  if (!scope) throw new AppError("not_found");
  const f = ZPayoutFilters.parse(raw);
  const and: Prisma.PayoutWhereInput[] = [scope];
  if (f.sellerId) and.push({ sellerId: f.sellerId });
  if (f.status) and.push({ status: f.status });
  const where: Prisma.PayoutWhereInput = { AND: and };
  const [rows, total] = await db.$transaction([
    db.payout.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(f.page, PAGE_SIZE),
      select: {
        id: true,
        number: true,
        status: true,
        amountFils: true,
        currency: true,
        createdAt: true,
        approvedAt: true,
        paidAt: true,
        proofFileId: true,
        method: true,
        reference: true,
        invoice: { select: { id: true, number: true } },
        seller: { select: { id: true, storeName: true, code: true } },
      },
    }),
    db.payout.count({ where }),
  ]);
  return {
    ...toPage(
      rows.map((r) => ({ ...r, status: r.status as PayoutStatus })),
      total,
      f.page,
      PAGE_SIZE,
    ),
    filters: f,
  };
}
export type PayoutRow = Awaited<ReturnType<typeof listPayouts>>["rows"][number];
