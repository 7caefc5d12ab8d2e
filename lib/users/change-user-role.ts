import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { assertRoleManagerRemains, assertWithinActor, rolePermissions, userPermissions } from "@/lib/rbac/escalation";
import { ZChangeUserRoleInput } from "./manage-user.schema";

/** Moves a staff user to another role; their sessions end so they sign in under the new one. */
export async function changeUserRole(actor: Actor, raw: z.input<typeof ZChangeUserRoleInput>) {
  assertCan(actor, "users.manage");
  const input = ZChangeUserRoleInput.parse(raw);
  if (input.userId === actor.userId) throw new AppError("self_change");

  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ id: string; roleId: string }>>`
      SELECT id, "roleId" FROM "User" WHERE id = ${input.userId} FOR UPDATE`;
    const user = rows[0];
    if (!user) throw new AppError("not_found");
    const [from, to] = await Promise.all([
      tx.role.findUnique({ where: { id: user.roleId }, select: { id: true, key: true } }),
      tx.role.findUnique({ where: { id: input.roleId }, select: { id: true, key: true } }),
    ]);
    if (!from || !to) throw new AppError("validation", {}, { roleId: "invalid" });
    // A seller's account is tied to its seller profile; staff cannot become sellers or back.
    if ((from.key === "seller") !== (to.key === "seller")) {
      throw new AppError("validation", {}, { roleId: "seller_role_not_internal" });
    }
    assertWithinActor(actor, await userPermissions(tx, user.id));
    assertWithinActor(actor, await rolePermissions(tx, to.id));
    if (from.id === to.id) return { changed: false };

    await tx.user.update({ where: { id: user.id }, data: { roleId: to.id } });
    const revoked = await revokeUserSessions(tx, user.id);
    await assertRoleManagerRemains(tx);
    await writeAudit(tx, auditContext(actor), {
      action: "user.role_change",
      targetType: "user",
      targetId: user.id,
      before: { role: from.key },
      after: { role: to.key, sessionsEnded: revoked },
    });
    return { changed: true };
  });
}
