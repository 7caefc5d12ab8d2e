import "server-only";
import type { Tx } from "@/lib/db/client";
import { nextDaySequence } from "@/lib/db/day-counter";
import { formatReturnCode } from "@/lib/orders/order-code";
import { uaeDay } from "@/lib/time/uae-day";

export type ReturnSource = "refused" | "failed_delivery" | "customer";

/** The next RETYYMMDDNNN of the UAE day (concurrent returns take turns on the day's row). */
export async function allocateReturnCode(tx: Tx, now: Date): Promise<string> {
  const day = uaeDay(now);
  return formatReturnCode(day, await nextDaySequence(tx, "ReturnCodeCounter", day));
}

/**
 * The `create_return` effect of the start_return / customer_return transitions: a whole-order
 * return in `requested`, in the caller's transaction (after the order's conditional update).
 * At most one open return per order is enforced by a partial unique index.
 */
export async function createReturn(
  tx: Tx,
  args: {
    orderId: string;
    sellerId: string;
    source: ReturnSource;
    reason: string;
    actorId: string | null;
    refundFils?: number;
    now?: Date;
  },
): Promise<{ id: string; code: string }> {
  const now = args.now ?? new Date();
  const code = await allocateReturnCode(tx, now);
  const refundFils = args.refundFils ?? 0;
  return tx.return.create({
    data: {
      code,
      orderId: args.orderId,
      sellerId: args.sellerId,
      source: args.source,
      reason: args.reason,
      status: args.source === "customer" ? "requested" : "in_transit",
      refundFils,
      refundStatus: refundFils > 0 ? "pending" : "none",
      createdById: args.actorId,
      createdAt: now,
    },
    select: { id: true, code: true },
  });
}
