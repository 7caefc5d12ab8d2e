import "server-only";
import type { Tx } from "@/lib/db/client";
import type { RequestContext } from "@/lib/security/request-context";
import type { Settings } from "@/lib/settings/catalogue";
import { absoluteExpiry } from "./session-rules";

export async function createSession(
  tx: Tx,
  a: { userId: string; remember: boolean; ctx: RequestContext; settings: Settings; now: Date },
) {
  return tx.userSession.create({
    data: {
      userId: a.userId,
      remember: a.remember,
      createdAt: a.now,
      lastSeenAt: a.now,
      expiresAt: absoluteExpiry(a.now, a.remember, a.settings),
      ip: a.ctx.ip,
      userAgent: a.ctx.userAgent?.slice(0, 300) ?? null,
    },
    select: { id: true },
  });
}

/** Ends every open session of a user (disable, role change, password change). */
export async function revokeUserSessions(tx: Tx, userId: string, exceptSessionId?: string): Promise<number> {
  const res = await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  return res.count;
}
