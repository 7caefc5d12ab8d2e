import "server-only";
import type { Tx } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";

/**
 * The workflow's `notify_seller` effect for confirmed delivery outcomes: the seller's account
 * gets an in-app notification linking to its own order (never the courier's report).
 */
export async function notifySellerDelivery(tx: Tx, orderId: string, type: "order_delivered" | "order_return_started"): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { code: true, seller: { select: { userId: true } } } });
  await notify(tx, { userId: order.seller.userId, type, params: { code: order.code }, link: `/seller/orders/${orderId}` });
}
