import "server-only";
import { db } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
import { applyTransition } from "@/lib/orders/transition";

/**
 * The "callback due" sweep (workflow `callback_due`, fired by the system): postponed orders
 * whose callback time has come go back to their agent's queue, and the agent is notified.
 * Runs before queue reads and "next order", and from the cron route; SKIP LOCKED lets
 * concurrent sweeps share the work, and the conditional transition makes each order move
 * (and notify) exactly once.
 */
export async function releaseDueCallbacks(now = new Date(), limit = 200): Promise<number> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<
      Array<{ id: string; code: string; version: number; assignedAgentId: string | null }>
    >`
      SELECT id, code, version, "assignedAgentId" FROM "Order"
      WHERE state = 'postponed' AND "callbackAt" <= ${now}
      ORDER BY "callbackAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    for (const o of due) {
      await applyTransition(tx, {
        order: { id: o.id, state: "postponed", version: o.version },
        transition: "callback_due",
        actor: null,
        now,
      });
      if (o.assignedAgentId) {
        await notify(tx, {
          userId: o.assignedAgentId,
          type: "callback_due",
          params: { code: o.code },
          link: `/callcenter/orders/${o.id}`,
        });
      }
    }
    return due.length;
  });
}
