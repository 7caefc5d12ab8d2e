import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/**
 * Locks the seller's profile row until the transaction ends (FOR UPDATE) and returns its
 * cached credit balance: credit entries and invoice generation for one seller take turns.
 */
export async function lockSeller(tx: Tx, sellerId: string): Promise<{ id: string; creditBalanceFils: bigint }> {
  const rows = await tx.$queryRaw<Array<{ id: string; creditBalanceFils: bigint }>>`
    SELECT id, "creditBalanceFils" FROM "SellerProfile" WHERE id = ${sellerId} FOR UPDATE`;
  if (!rows.length) throw new AppError("not_found");
  return { id: rows[0].id, creditBalanceFils: BigInt(rows[0].creditBalanceFils) };
}
