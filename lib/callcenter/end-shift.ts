import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";

/** Ends the agent's open shift, if any. Their assigned orders stay theirs. */
export async function endShift(actor: Actor): Promise<{ ended: boolean }> {
  assertCan(actor, "callcenter.call");
  const { count } = await db.agentShift.updateMany({
    where: { userId: actor.userId, endedAt: null },
    data: { endedAt: new Date() },
  });
  return { ended: count > 0 };
}
