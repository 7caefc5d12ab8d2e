import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { parseOrThrow } from "@/lib/actions/field-errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { ZCreditEntryInput, type CreditEntryInput } from "./credit.schema";
import { lockSeller } from "./lock-seller";

/**
 * Finance records a prepayment (top_up) or a signed adjustment of a seller's credit balance,
 * with a required reason, in one transaction: the seller row is locked (FOR UPDATE, so
 * concurrent entries take turns and none is lost), the entry is appended with the balance
 * after it, the cached SellerProfile.creditBalanceFils is updated, and the change is audited.
 */
export async function addCreditEntry(
  actor: Actor,
  raw: CreditEntryInput,
): Promise<{ id: string; balanceAfterFils: string }> {
  assertCan(actor, "finance.invoices.manage");
  const input = parseOrThrow(ZCreditEntryInput, raw);
  return db.$transaction(async (tx) => {
    const seller = await lockSeller(tx, input.sellerId);
    const amount = BigInt(input.amount);
    const after = seller.creditBalanceFils + amount;
    const entry = await tx.sellerCreditEntry.create({
      data: {
        sellerId: seller.id,
        kind: input.kind,
        amountFils: amount,
        balanceAfterFils: after,
        reason: input.reason,
        actorId: actor.userId,
      },
      select: { id: true },
    });
    await tx.sellerProfile.update({ where: { id: seller.id }, data: { creditBalanceFils: after } });
    await writeAudit(tx, auditContext(actor), {
      action: "finance.credit.entry",
      targetType: "SellerProfile",
      targetId: seller.id,
      before: { creditBalanceFils: seller.creditBalanceFils.toString() },
      after: {
        creditBalanceFils: after.toString(),
        kind: input.kind,
        amountFils: amount.toString(),
        reason: input.reason,
        entryId: entry.id.toString(),
      },
    });
    return { id: entry.id.toString(), balanceAfterFils: after.toString() };
  });
}
