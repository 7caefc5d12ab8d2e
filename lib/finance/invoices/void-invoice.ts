import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { lockInvoice } from "./lock-invoice";
import { ZVoidInvoiceInput, type VoidInvoiceInput } from "./invoice.schema";

/**
 * Voids an issued invoice that has no live payout (requested, approved or paid), in one
 * transaction: the invoice row is locked (a payout being created for it waits, then sees the
 * void), the version the user saw must still be current, and its OrderFee and Refund links are
 * released so those orders and refunds go on a later statement. The lines stay as history.
 */
export async function voidInvoice(
  actor: Actor,
  raw: VoidInvoiceInput,
): Promise<{ status: "void"; releasedOrders: number; releasedRefunds: number }> {
  assertCan(actor, "finance.invoices.manage");
  const input = parseOrThrow(ZVoidInvoiceInput, raw);
  return db.$transaction(async (tx) => {
    const inv = await lockInvoice(tx, input.invoiceId);
    if (inv.status !== "issued" || inv.version !== input.version) throw new AppError("conflict");
    const live = await tx.payout.count({ where: { invoiceId: inv.id, status: { not: "cancelled" } } });
    if (live > 0) throw new AppError("conflict");
    const updated = await tx.invoice.updateMany({
      where: { id: inv.id, status: "issued", version: input.version },
      data: { status: "void", version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("conflict");
    const fees = await tx.orderFee.updateMany({ where: { invoiceId: inv.id }, data: { invoiceId: null } });
    const refunds = await tx.refund.updateMany({ where: { invoiceId: inv.id }, data: { invoiceId: null } });
    await writeAudit(tx, auditContext(actor), {
      action: "finance.invoice.void",
      targetType: "Invoice",
      targetId: inv.id,
      before: { status: "issued", number: inv.number },
      after: { status: "void", reason: input.reason, releasedOrders: fees.count, releasedRefunds: refunds.count },
    });
    return { status: "void" as const, releasedOrders: fees.count, releasedRefunds: refunds.count };
  });
}
