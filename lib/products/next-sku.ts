import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { formatSku } from "@/lib/orders/order-code";

/**
 * The seller's next SKU, taken inside the caller's transaction. The single UPDATE … RETURNING
 * row-locks the profile, so concurrent creates queue on it and each gets the next number; a
 * rolled-back create gives its number back (no gaps in normal operation).
 */
export async function nextSku(tx: Tx, sellerId: string): Promise<string> {
  const rows = await tx.$queryRaw<Array<{ code: string; productSeq: number }>>`
    UPDATE "SellerProfile" SET "productSeq" = "productSeq" + 1, "updatedAt" = now()
    WHERE "id" = ${sellerId} AND "archivedAt" IS NULL
    RETURNING "code", "productSeq"`;
  const row = rows[0];
  if (!row) throw new AppError("not_found");
  return formatSku(row.code, Number(row.productSeq));
}
