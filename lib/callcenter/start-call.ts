import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";

export const ZStartCallInput = z.object({ orderId: z.string().min(1).max(64) });

/**
 * The agent pressed "call": the server notes the time, so the call's start, end and duration
 * in the log are server clock readings, not whatever a browser sends. Only the assigned agent,
 * only while the order is in review; pressing again restarts the clock.
 */
export async function startCall(actor: Actor, raw: { orderId: string }): Promise<{ startedAt: Date }> {
  assertCan(actor, "callcenter.call");
  const input = ZStartCallInput.parse(raw);
  const now = new Date();
  const { count } = await db.order.updateMany({
    where: { id: input.orderId, assignedAgentId: actor.userId, state: "callcenter_review" },
    data: { callStartedAt: now },
  });
  if (count !== 1) throw new AppError("not_found");
  return { startedAt: now };
}
