import "server-only";
import { db } from "@/lib/db/client";
import { ACTOR_USER_INCLUDE, actorFromUser, can, type Actor } from "@/lib/auth/actor";
import type { Permission } from "@/lib/rbac/permissions";
import { clientIpFrom } from "@/lib/security/client-ip";
import { bearerToken, hashApiToken } from "./token";

const TOUCH_EVERY_MS = 60_000;

/**
 * What a token may ever do, whatever its user's role grants: act for its own seller. Even if
 * an admin gave that user a staff permission such as orders.view_all, the token stays a
 * seller's token (a leaked token must never read other sellers' orders).
 */
const API_PERMISSIONS: readonly Permission[] = ["orders.create", "orders.view_own", "api.tokens.manage_own"];

/**
 * `Authorization: Bearer atl_…` → the Actor of the token's seller user, built exactly like a
 * session's (role grants and overrides as they are now). Null — the caller answers 401 — when
 * the token is malformed, unknown, revoked or expired, or when its user is no longer active or
 * no longer holds api.tokens.manage_own.
 */
export async function authenticateToken(
  headers: Headers,
  now = new Date(),
): Promise<{ actor: Actor; tokenId: string } | null> {
  const token = bearerToken(headers.get("authorization"));
  if (!token) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    include: { seller: { include: { user: { include: ACTOR_USER_INCLUDE } } } },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  const user = row.seller.user;
  if (user.status !== "active" || !user.emailVerifiedAt || row.seller.archivedAt || user.mustChangePassword)
    return null;
  const actor = actorFromUser(user, `api-token:${row.id}`, {
    ip: clientIpFrom(headers),
    userAgent: headers.get("user-agent"),
    // Middleware does not run on /api: a client-sent x-request-id is not ours to log.
    requestId: crypto.randomUUID(),
  });
  actor.permissions = new Set([...actor.permissions].filter((p) => API_PERMISSIONS.includes(p)));
  // The token belongs to this seller profile: the actor acts for it and nothing else.
  if (actor.sellerId !== row.sellerId || !can(actor, "api.tokens.manage_own")) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await db.apiToken.updateMany({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { actor, tokenId: row.id };
}
