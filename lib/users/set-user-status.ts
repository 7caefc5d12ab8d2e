import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { assertRoleManagerRemains, assertWithinActor, userPermissions } from "@/lib/rbac/escalation";
import { ZSetUserStatusInput } from "./manage-user.schema";

/**
 * Activates or disables an account. Disabling ends every session of the user at their next
 * request (ASVS 7.4.2). Only accounts in active/disabled are handled here: seller approvals
 * have their own use-case.
 */
export async function setUserStatus(actor: Actor, raw: z.input<typeof ZSetUserStatusInput>) {
  assertCan(actor, "users.manage");
  const input = ZSetUserStatusInput.parse(raw);
  if (input.userId === actor.userId) throw new AppError("self_change");

  return db.$transaction(async (tx) => {
    // Row lock: a concurrent role change or status change waits for us, then sees our result.
    const rows = await tx.$queryRaw<Array<{ id: string; status: string }>>`
      SELECT id, status::text AS status FROM "User" WHERE id = ${input.userId} FOR UPDATE`;
    const user = rows[0];
    if (!user) throw new AppError("not_found");
    if (user.status !== "active" && user.status !== "disabled") throw new AppError("conflict");
    assertWithinActor(actor, await userPermissions(tx, user.id));
    if (user.status === input.status) return { changed: false };

    await tx.user.update({
      where: { id: user.id },
      data: { status: input.status, ...(input.status === "active" ? { failedLoginCount: 0, lockedUntil: null } : {}) },
    });
    const revoked = input.status === "disabled" ? await revokeUserSessions(tx, user.id) : 0;
    if (input.status === "disabled") await assertRoleManagerRemains(tx);
    await writeAudit(tx, auditContext(actor), {
      action: input.status === "disabled" ? "user.disable" : "user.activate",
      targetType: "user",
      targetId: user.id,
      before: { status: user.status },
      after: { status: input.status, sessionsEnded: revoked },
    });
    return { changed: true };
  });
}
