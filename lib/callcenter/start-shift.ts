import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";

/** Starts the agent's shift (auto-assignment only serves agents on shift). Idempotent. */
export async function startShift(actor: Actor): Promise<{ startedAt: Date }> {
  assertCan(actor, "callcenter.call");
  const open = await db.agentShift.findFirst({
    where: { userId: actor.userId, endedAt: null },
    select: { startedAt: true },
  });
  if (open) return open;
  try {
    return await db.agentShift.create({ data: { userId: actor.userId }, select: { startedAt: true } });
  } catch (e) {
    // A concurrent start won the one-open-shift index: that shift is the answer.
    const again = await db.agentShift.findFirst({
      where: { userId: actor.userId, endedAt: null },
      select: { startedAt: true },
    });
    if (again) return again;
    throw e;
  }
}
