import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { applyTransition } from "@/lib/orders/transition";
import type { OrderState } from "@/lib/orders/workflow";
import { createReturn } from "@/lib/returns/create-return";
import { ZCustomerReturnInput, type CustomerReturnInput } from "./confirm.schema";
import { notifyOrderSeller } from "@/lib/notifications/notify-order-seller";

const ZCode = z
  .string()
  .trim()
  .regex(/^#?[0-9A-Za-z]{3,20}$/);

/** A delivered order found by its code, for the manager's "customer return" form. */
export async function findOrderForReturn(actor: Actor, rawCode: string) {
  assertCan(actor, "delivery.confirm");
  const parsed = ZCode.safeParse(rawCode);
  if (!parsed.success) return null;
  const code = parsed.data.startsWith("#") ? parsed.data : `#${parsed.data}`;
  const o = await db.order.findUnique({
    where: { code },
    select: {
      id: true,
      code: true,
      version: true,
      state: true,
      totalFils: true,
      deliveredAt: true,
      archivedAt: true,
      seller: { select: { storeName: true } },
    },
  });
  if (!o || o.archivedAt) return null;
  return { ...o, state: o.state as OrderState, returnable: o.state === "delivery_completed" };
}

/**
 * The customer sends a delivered order back: customer_return (reason required) and a return
 * in `requested` with the refund owed, if any; audited, the seller notified.
 */
export async function startCustomerReturn(actor: Actor, raw: CustomerReturnInput): Promise<{ returnCode: string }> {
  assertCan(actor, "delivery.confirm");
  const input = ZCustomerReturnInput.parse(raw);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const o = await tx.order.findUnique({
      where: { id: input.orderId },
      select: { id: true, state: true, version: true, sellerId: true, totalFils: true, archivedAt: true },
    });
    if (!o || o.archivedAt) throw new AppError("not_found");
    if (input.refundFils > o.totalFils) throw new AppError("validation", {}, { refundAed: "refund_too_high" });
    await applyTransition(tx, {
      order: { id: o.id, state: o.state as OrderState, version: input.version },
      transition: "customer_return",
      actor,
      note: input.reason,
      data: { refundFils: input.refundFils },
      now,
    });
    const ret = await createReturn(tx, {
      orderId: o.id,
      sellerId: o.sellerId,
      source: "customer",
      reason: input.reason,
      actorId: actor.userId,
      refundFils: input.refundFils,
      now,
    });
    await notifyOrderSeller(tx, o.id, "order_return_started");
    await writeAudit(tx, auditContext(actor), {
      action: "delivery.customer_return",
      targetType: "Order",
      targetId: o.id,
      after: { returnCode: ret.code, reason: input.reason, refundFils: input.refundFils },
    });
    return { returnCode: ret.code };
  });
}
