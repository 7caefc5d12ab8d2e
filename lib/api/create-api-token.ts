import "server-only";
import { db } from "@/lib/db/client";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { writeAudit } from "@/lib/audit/write-audit";
import { AppError } from "@/lib/errors";
import { MAX_ACTIVE_TOKENS, ZCreateApiTokenInput, type CreateApiTokenInput } from "./api-token.schema";
import { generateApiToken } from "./token";

/** A new API token for the actor's own seller account. The token is returned once, never stored. */
export async function createApiToken(actor: Actor, raw: CreateApiTokenInput) {
  assertCan(actor, "api.tokens.manage_own");
  if (!actor.sellerId) throw new AppError("not_found");
  const input = ZCreateApiTokenInput.parse(raw);
  const sellerId = actor.sellerId;
  const { token, hash, prefix } = generateApiToken();
  return db.$transaction(async (tx) => {
    const active = await tx.apiToken.count({ where: { sellerId, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS) throw new AppError("validation", {}, { name: "too_many_tokens" });
    const row = await tx.apiToken.create({
      data: { sellerId, name: input.name, tokenHash: hash, prefix, createdById: actor.userId },
      select: { id: true, name: true, prefix: true, createdAt: true },
    });
    await writeAudit(tx, auditContext(actor), {
      action: "api_token.create",
      targetType: "ApiToken",
      targetId: row.id,
      after: { name: row.name, prefix: row.prefix, sellerId },
    });
    return { ...row, token };
  });
}
