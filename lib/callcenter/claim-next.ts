import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { applyTransition } from "@/lib/orders/transition";
import { releaseDueCallbacks } from "./release-due-callbacks";
import { callableNowWhere } from "./scope";

/**
 * Atomically claims the oldest unassigned order for this agent (`claim_next`). The row is
 * taken with FOR UPDATE SKIP LOCKED: agents pressing "next" at the same moment each get a
 * different order, and nobody waits on another's claim. null when nothing is waiting.
 */
export async function claimUnassignedOrder(actor: Actor, now = new Date()): Promise<string | null> {
  assertCan(actor, "callcenter.call");
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ id: string; version: number }>>`
      SELECT id, version FROM "Order"
      WHERE state = 'seller_submitted' AND "archivedAt" IS NULL
      ORDER BY "createdAt", id LIMIT 1 FOR UPDATE SKIP LOCKED`;
    const row = rows[0];
    if (!row) return null;
    await applyTransition(tx, {
      order: { id: row.id, state: "seller_submitted", version: row.version },
      transition: "claim_next",
      actor,
      now,
      patch: { assignedAgentId: actor.userId, assignedAt: now },
      data: { agentId: actor.userId },
    });
    return row.id;
  });
}

/**
 * The agent's "next order": their own queue first — a callback or retry that is due, then
 * orders assigned to them not called yet (oldest first) — and only then a new claim.
 * Orders waiting for stock are not "next": there is nothing to call about.
 */
export async function nextOrder(actor: Actor): Promise<{ orderId: string | null; claimed: boolean }> {
  assertCan(actor, "callcenter.call");
  const now = new Date();
  await releaseDueCallbacks(now);
  const own = await db.order.findFirst({
    where: { assignedAgentId: actor.userId, ...callableNowWhere(now) },
    // Due callbacks/retries (callbackAt set, in the past) before never-called orders.
    orderBy: [{ callbackAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  if (own) return { orderId: own.id, claimed: false };
  const claimed = await claimUnassignedOrder(actor, now);
  return { orderId: claimed, claimed: !!claimed };
}
