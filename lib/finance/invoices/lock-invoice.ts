import "server-only";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { InvoiceStatus } from "./invoice.schema";

export type LockedInvoice = {
  id: string;
  number: string;
  sellerId: string;
  status: InvoiceStatus;
  version: number;
  payableFils: bigint;
  currency: string;
};

/** Locks one invoice row until the transaction ends (FOR UPDATE): payout creation and void take turns. */
export async function lockInvoice(tx: Tx, invoiceId: string): Promise<LockedInvoice> {
  const rows = await tx.$queryRaw<Array<Omit<LockedInvoice, "payableFils"> & { payableFils: bigint | string }>>`
    SELECT id, number, "sellerId", status::text AS status, version, "payableFils", currency
    FROM "Invoice" WHERE id = ${invoiceId} FOR UPDATE`;
  if (!rows.length) throw new AppError("not_found");
  return { ...rows[0], payableFils: BigInt(rows[0].payableFils) };
}
