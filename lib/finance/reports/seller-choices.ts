import "server-only";
import { db } from "@/lib/db/client";
import { can, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Permission } from "@/lib/rbac/permissions";

const CHOOSERS: readonly Permission[] = ["finance.reports", "finance.payout.approve", "finance.payout.pay", "finance.statements.view_all"];

/** Approved sellers for the finance filter menus (reports, refunds), by store name. */
export async function listFinanceSellerChoices(actor: Actor): Promise<Array<{ id: string; storeName: string; code: string }>> {
  if (!CHOOSERS.some((p) => can(actor, p))) {
    throw new AppError("not_found");
  }
  return db.sellerProfile.findMany({
    where: { approvedAt: { not: null } },
    orderBy: [{ storeName: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, storeName: true, code: true },
  });
}
