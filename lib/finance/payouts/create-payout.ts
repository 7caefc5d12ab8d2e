import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { lockInvoice } from "@/lib/finance/invoices/lock-invoice";
import { formatDocNumber, nextNumber } from "@/lib/finance/number-sequence";
import { uaeYear } from "@/lib/finance/statements/period";
import { ZCreatePayoutInput, type CreatePayoutInput } from "./payout.schema";

/**
 * Requests the payout of an issued invoice with a positive payable (amount = payable), numbered
 * PAY-YYYY-NNNNN. The invoice row is locked while checking, and the partial unique index
 * Payout_one_live_per_invoice is the backstop: a second live payout for the same invoice is
 * refused with `payout_exists`.
 */
export async function createPayout(actor: Actor, raw: CreatePayoutInput): Promise<{ id: string; number: string }> {
  assertCan(actor, "finance.payout.create");
  const input = parseOrThrow(ZCreatePayoutInput, raw);
  const now = new Date();
  try {
    return await db.$transaction(async (tx) => {
      const inv = await lockInvoice(tx, input.invoiceId);
      if (inv.status !== "issued") throw new AppError("conflict");
      if (inv.payableFils <= 0n) throw new AppError("invoice_not_payable");
      const live = await tx.payout.findFirst({
        where: { invoiceId: inv.id, status: { not: "cancelled" } },
        select: { id: true },
      });
      if (live) throw new AppError("payout_exists");
      const year = uaeYear(now);
      const number = formatDocNumber("PAY", year, await nextNumber(tx, "payout", year));
      const payout = await tx.payout.create({
        data: {
          number,
          sellerId: inv.sellerId,
          invoiceId: inv.id,
          amountFils: inv.payableFils,
          currency: inv.currency,
          status: "requested",
          note: input.note || null,
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await writeAudit(tx, auditContext(actor), {
        action: "finance.payout.create",
        targetType: "Payout",
        targetId: payout.id,
        after: {
          number,
          invoice: inv.number,
          sellerId: inv.sellerId,
          amountFils: inv.payableFils.toString(),
          status: "requested",
        },
      });
      return { id: payout.id, number };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw new AppError("payout_exists");
    throw e;
  }
}
