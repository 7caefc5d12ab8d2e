import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { hashPassword } from "@/lib/auth/passwords";
import { assertWithinActor, rolePermissions } from "@/lib/rbac/escalation";
import { ZCreateUserInput, type CreateUserInput } from "./create-user.schema";

// Unambiguous characters only: the password is read off the screen and typed once.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
export function temporaryPassword(length = 16): string {
  const bytes = randomBytes(length * 2);
  let out = "";
  for (let i = 0; i < bytes.length && out.length < length; i++) {
    if (bytes[i] < 256 - (256 % ALPHABET.length)) out += ALPHABET[bytes[i] % ALPHABET.length];
  }
  return out;
}

/**
 * Creates an internal (staff) user with a temporary password that must be changed at first
 * sign-in. The password is returned once and never stored in clear.
 */
export async function createUser(actor: Actor, raw: CreateUserInput) {
  assertCan(actor, "users.manage");
  const input = ZCreateUserInput.parse(raw);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);

  return db
    .$transaction(async (tx) => {
      const role = await tx.role.findUnique({ where: { id: input.roleId }, select: { id: true, key: true } });
      if (!role) throw new AppError("validation", {}, { roleId: "invalid" });
      // Sellers join through the registration wizard (their profile and documents are needed).
      if (role.key === "seller") throw new AppError("validation", {}, { roleId: "seller_role_not_internal" });
      assertWithinActor(actor, await rolePermissions(tx, role.id));

      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
        throw new AppError("email_taken", {}, { email: "email_taken" });
      }
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          phone: input.phone || null,
          roleId: role.id,
          locale: input.locale,
          passwordHash,
          status: "active",
          emailVerifiedAt: new Date(),
          mustChangePassword: true,
          createdById: actor.userId,
        },
        select: { id: true, email: true },
      });
      await writeAudit(tx, auditContext(actor), {
        action: "user.create",
        targetType: "user",
        targetId: user.id,
        after: { email: user.email, name: input.name, role: role.key, mustChangePassword: true },
      });
      return { userId: user.id, email: user.email, temporaryPassword: password };
    })
    .catch((e: unknown) => {
      // A concurrent create of the same email loses on the unique index.
      if ((e as { code?: string }).code === "P2002") throw new AppError("email_taken", {}, { email: "email_taken" });
      throw e;
    });
}
