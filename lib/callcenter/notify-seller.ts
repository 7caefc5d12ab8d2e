import "server-only";
import type { Tx } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";

/**
 * The workflow's `notify_seller` effect for call-center cancellations: the seller's account
 * gets an in-app notification linking to its own order page (never the agents' notes).
 */
export async function notifySellerCancelled(tx: Tx, orderId: string): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { code: true, seller: { select: { userId: true } } } });
  await notify(tx, { userId: order.seller.userId, type: "order_cancelled", params: { code: order.code }, link: `/seller/orders/${orderId}` });
}
