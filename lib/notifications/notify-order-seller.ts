import "server-only";
import type { Tx } from "@/lib/db/client";
import { notify } from "./notify";

/**
 * The workflow's `notify_seller` effect: the seller's account gets an in-app notification
 * `type` {code} linking to its own order page (never staff notes or the courier's report).
 */
export async function notifyOrderSeller(
  tx: Tx,
  orderId: string,
  type: "order_cancelled" | "order_delivered" | "order_return_started",
): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { code: true, seller: { select: { userId: true } } },
  });
  await notify(tx, {
    userId: order.seller.userId,
    type,
    params: { code: order.code },
    link: `/seller/orders/${orderId}`,
  });
}
