import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditContext, type Actor } from "./actor";
import { ZChangePasswordInput, type ChangePasswordInput } from "./change-password.schema";
import { hashPassword, verifyPassword } from "./passwords";
import { passwordIssues } from "./password-policy";
import { revokeUserSessions } from "./sessions";

/**
 * Changes the actor's own password. The current password is asked again (ASVS 7.5.1), even
 * for a temporary one. Every other session of the user ends; this one continues.
 */
export async function changePassword(actor: Actor, raw: ChangePasswordInput) {
  const input = ZChangePasswordInput.parse(raw);
  const issues = passwordIssues(input.newPassword, actor.email);
  if (issues.length) throw new AppError("password_too_weak", {}, { newPassword: `password.${issues[0]}` });

  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("wrong_password", {}, { currentPassword: "wrong_password" });
  }
  if (await verifyPassword(user.passwordHash, input.newPassword)) {
    throw new AppError("password_reused", {}, { newPassword: "password.reused" });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash, mustChangePassword: false } });
    const ended = await revokeUserSessions(tx, actor.userId, actor.sessionId);
    await writeAudit(tx, auditContext(actor), {
      action: "auth.password_change",
      targetType: "user",
      targetId: actor.userId,
      after: { otherSessionsEnded: ended, wasTemporary: actor.mustChangePassword },
    });
  });
  return { ok: true };
}
