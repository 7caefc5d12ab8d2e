import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { financeDocScope } from "@/lib/finance/invoices/scope";
import { pageArgs, toPage } from "@/lib/pagination";
import { ZCreditHistoryQuery, type CreditHistoryQuery } from "./credit.schema";

const PAGE_SIZE = 20;

/**
 * A seller's credit balance and its history, newest first (SellerCreditEntry_sellerId_createdAt_idx).
 * Finance sees any seller's; a seller only its own (another seller id is `not_found`).
 */
export async function getCredit(actor: Actor, raw: CreditHistoryQuery) {
  const scope = financeDocScope(actor);
  const q = ZCreditHistoryQuery.parse(raw);
  if (!scope || (scope.sellerId && scope.sellerId !== q.sellerId)) throw new AppError("not_found");
  const seller = await db.sellerProfile.findUnique({
    where: { id: q.sellerId },
    select: { id: true, storeName: true, creditBalanceFils: true },
  });
  if (!seller) throw new AppError("not_found");
  const where = { sellerId: seller.id };
  const [rows, total] = await db.$transaction([
    db.sellerCreditEntry.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...pageArgs(q.page, PAGE_SIZE),
      select: {
        id: true,
        kind: true,
        amountFils: true,
        balanceAfterFils: true,
        reason: true,
        createdAt: true,
        actor: { select: { name: true } },
      },
    }),
    db.sellerCreditEntry.count({ where }),
  ]);
  return {
    seller,
    balanceFils: seller.creditBalanceFils,
    history: toPage(
      rows.map((r) => ({ ...r, id: r.id.toString() })),
      total,
      q.page,
      PAGE_SIZE,
    ),
  };
}
