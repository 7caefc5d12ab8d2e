import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { lockSeller } from "@/lib/finance/credit/lock-seller";
import { formatDocNumber, nextNumber } from "@/lib/finance/number-sequence";
import { describeSource, loadStatement } from "@/lib/finance/statements/load-statement";
import { dayToDbDate, uaeYear } from "@/lib/finance/statements/period";
import { ZGenerateInvoiceInput, type GenerateInvoiceInput } from "@/lib/finance/statements/statement.schema";

const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

/**
 * Turns the seller's statement for the period into an issued invoice, in ONE transaction: the
 * seller row is locked (two generations for one seller take turns), the statement is read
 * again and must be the one the user saw (fingerprint), the invoice gets the next number of the
 * year (INV-YYYY-NNNNN), its signed lines and totals, and every OrderFee and Refund on it is
 * linked with a conditional update (`invoiceId IS NULL`): fewer rows than expected means
 * another invoice took them, and nothing is written — an order is never on two invoices.
 */
export async function generateInvoice(
  actor: Actor,
  raw: GenerateInvoiceInput,
): Promise<{ id: string; number: string; payableFils: string }> {
  assertCan(actor, "finance.invoices.manage");
  const input = parseOrThrow(ZGenerateInvoiceInput, raw);
  const now = new Date();
  return db.$transaction(async (tx) => {
    await lockSeller(tx, input.sellerId);
    const st = await loadStatement(tx, input.sellerId, { from: input.from, to: input.to }, now);
    if (!st.lines.length) throw new AppError("statement_empty");
    if (st.fingerprint !== input.fingerprint) throw new AppError("statement_changed");

    const year = uaeYear(now);
    const number = formatDocNumber("INV", year, await nextNumber(tx, "invoice", year));
    const invoice = await tx.invoice.create({
      data: {
        number,
        sellerId: input.sellerId,
        periodStart: dayToDbDate(input.from),
        periodEnd: dayToDbDate(input.to),
        codTotalFils: st.totals.codFils,
        feesTotalFils: st.totals.feesFils,
        refundsTotalFils: st.totals.refundsFils,
        adjustmentsFils: st.totals.adjustmentsFils,
        payableFils: st.totals.payableFils,
        status: "issued",
        issuedAt: now,
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await tx.invoiceLine.createMany({
      data: st.lines.map((l) => ({
        invoiceId: invoice.id,
        orderId: l.orderId,
        kind: l.kind,
        amountFils: l.amountFils,
        description: describeSource(l.source),
      })),
    });
    const orderIds = st.orders.map((o) => o.orderId);
    const fees = await tx.orderFee.updateMany({
      where: { orderId: { in: orderIds }, invoiceId: null },
      data: { invoiceId: invoice.id },
    });
    if (fees.count !== orderIds.length) throw new AppError("conflict");
    const refunds = await tx.refund.updateMany({
      where: { id: { in: st.refundIds }, invoiceId: null, status: { in: ["approved", "paid"] } },
      data: { invoiceId: invoice.id },
    });
    if (refunds.count !== st.refundIds.length) throw new AppError("conflict");

    await writeAudit(tx, auditContext(actor), {
      action: "finance.invoice.generate",
      targetType: "Invoice",
      targetId: invoice.id,
      after: {
        number,
        sellerId: input.sellerId,
        from: input.from,
        to: input.to,
        orders: orderIds.length,
        refunds: st.refundIds.length,
        codFils: st.totals.codFils.toString(),
        feesFils: st.totals.feesFils.toString(),
        refundsFils: st.totals.refundsFils.toString(),
        payableFils: st.totals.payableFils.toString(),
      },
    });
    return { id: invoice.id, number, payableFils: st.totals.payableFils.toString() };
  }, TX_OPTIONS);
}
