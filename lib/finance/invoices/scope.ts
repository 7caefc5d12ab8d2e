import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { can, type Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/rbac/permissions";

/** Staff permissions that see every seller's invoices and payouts. */
export const FINANCE_DESK_PERMISSIONS: readonly Permission[] = [
  "finance.statements.view_all",
  "finance.invoices.manage",
  "finance.payout.create",
  "finance.payout.approve",
  "finance.payout.pay",
];

/**
 * Which sellers' finance documents (invoices, payouts, credit) the actor may see: finance staff
 * all of them, a seller with `finance.statements.view_own` its own, anyone else none (null).
 */
export function financeDocScope(actor: Actor): { sellerId?: string } | null {
  if (FINANCE_DESK_PERMISSIONS.some((p) => can(actor, p))) return {};
  if (actor.sellerId && can(actor, "finance.statements.view_own")) return { sellerId: actor.sellerId };
  return null;
}

export function invoiceScope(actor: Actor): Prisma.InvoiceWhereInput | null {
  return financeDocScope(actor);
}

export function payoutScope(actor: Actor): Prisma.PayoutWhereInput | null {
  return financeDocScope(actor);
}
