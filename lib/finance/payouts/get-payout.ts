import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { payoutScope } from "@/lib/finance/invoices/scope";
import type { PayoutStatus } from "./payout.schema";

/** One payout with its invoice, seller and the people of each step; others' payouts are `not_found`. */
export async function getPayout(actor: Actor, id: string) {
  const scope = payoutScope(actor);
  if (!scope || typeof id !== "string" || id.length > 64) throw new AppError("not_found");
  const p = await db.payout.findFirst({
    where: { AND: [{ id }, scope] },
    select: {
      id: true,
      number: true,
      status: true,
      version: true,
      amountFils: true,
      currency: true,
      method: true,
      reference: true,
      note: true,
      createdAt: true,
      approvedAt: true,
      paidAt: true,
      cancelledAt: true,
      cancelReason: true,
      proofFileId: true,
      createdById: true,
      createdBy: { select: { name: true } },
      approvedBy: { select: { name: true } },
      paidBy: { select: { name: true } },
      invoice: { select: { id: true, number: true, status: true, periodStart: true, periodEnd: true } },
      seller: { select: { id: true, storeName: true, code: true } },
    },
  });
  if (!p) throw new AppError("not_found");
  return { ...p, status: p.status as PayoutStatus };
}
export type PayoutDetail = Awaited<ReturnType<typeof getPayout>>;
