import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";

/** The actor's own seller's tokens (never the secret: only its display prefix). */
export async function listApiTokens(actor: Actor) {
  assertCan(actor, "api.tokens.manage_own");
  if (!actor.sellerId) return [];
  return db.apiToken.findMany({
    where: { sellerId: actor.sellerId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: 100,
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
