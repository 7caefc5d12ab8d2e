import "server-only";
import { listSellerChoices } from "@/lib/sellers/list-seller-choices";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { AppError } from "@/lib/errors";
import { FINANCE_DESK_PERMISSIONS } from "@/lib/finance/invoices/scope";
import { loadStatement, type LoadedStatement } from "./load-statement";
import { ZStatementPeriod, type StatementPeriodInput } from "./statement.schema";

const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

/**
 * A seller's statement for a period as finance sees it before invoicing: only orders not yet
 * invoiced. Orders of the period that have no OrderFee get theirs now (from the schedule in
 * force), so the statement and the invoice generated from it read the same rows.
 */
export async function getStatement(
  actor: Actor,
  raw: StatementPeriodInput,
): Promise<LoadedStatement & { seller: { id: string; storeName: string; code: string; companyName: string } }> {
  assertCan(actor, "finance.statements.view_all");
  const input = parseOrThrow(ZStatementPeriod, raw);
  const seller = await db.sellerProfile.findUnique({
    where: { id: input.sellerId },
    select: { id: true, storeName: true, code: true, companyName: true },
  });
  if (!seller) throw new AppError("not_found");
  const statement = await db.$transaction(
    (tx) => loadStatement(tx, seller.id, { from: input.from, to: input.to }, new Date()),
    TX_OPTIONS,
  );
  return { ...statement, seller };
}

/** Sellers finance can pick on the statements and list pages (approved ones, by store name). */
export function listStatementSellers(actor: Actor) {
  return listSellerChoices(actor, FINANCE_DESK_PERMISSIONS);
}
