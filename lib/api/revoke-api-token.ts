import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { ZRevokeApiTokenInput, type RevokeApiTokenInput } from "./api-token.schema";

/** Revokes one of the actor's own seller's tokens; another seller's token is not_found. */
export async function revokeApiToken(actor: Actor, raw: RevokeApiTokenInput) {
  assertCan(actor, "api.tokens.manage_own");
  if (!actor.sellerId) throw new AppError("not_found");
  const input = ZRevokeApiTokenInput.parse(raw);
  const sellerId = actor.sellerId;
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({
      where: { id: input.id, sellerId },
      select: { id: true, name: true, prefix: true, revokedAt: true },
    });
    if (!token) throw new AppError("not_found");
    if (token.revokedAt) return { id: token.id };
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await writeAudit(tx, auditContext(actor), {
      action: "api_token.revoke",
      targetType: "ApiToken",
      targetId: token.id,
      before: { name: token.name, prefix: token.prefix },
    });
    return { id: token.id };
  });
}
