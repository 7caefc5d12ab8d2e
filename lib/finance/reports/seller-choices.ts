import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/rbac/permissions";
import { listSellerChoices, type SellerChoice } from "@/lib/sellers/list-seller-choices";

/** Who may pick a seller on the finance reports and refunds pages. */
export const FINANCE_REPORT_CHOOSERS: readonly Permission[] = [
  "finance.reports",
  "finance.payout.approve",
  "finance.payout.pay",
  "finance.statements.view_all",
];

/** Approved sellers for the finance filter menus (reports, refunds), by store name. */
export function listFinanceSellerChoices(actor: Actor): Promise<SellerChoice[]> {
  return listSellerChoices(actor, FINANCE_REPORT_CHOOSERS);
}
