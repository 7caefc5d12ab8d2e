import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";

/** Admin dashboard figures: accounts by status, sellers awaiting approval, live sessions. */
export async function userStats(actor: Actor) {
  assertCan(actor, "users.view");
  const now = new Date();
  const [byStatus, locked, sessions] = await Promise.all([
    db.user.groupBy({ by: ["status"], _count: { _all: true } }),
    db.user.count({ where: { lockedUntil: { gt: now } } }),
    db.userSession.count({ where: { revokedAt: null, expiresAt: { gt: now } } }),
  ]);
  const status = Object.fromEntries(byStatus.map((r) => [r.status, r._count._all])) as Record<string, number>;
  return {
    active: status.active ?? 0,
    pendingApproval: status.pending_approval ?? 0,
    disabled: status.disabled ?? 0,
    rejected: status.rejected ?? 0,
    locked,
    openSessions: sessions,
  };
}
