import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { ZCreateRoleInput, type CreateRoleInput } from "./permission-matrix.schema";

/** A new (non-system) role, empty or copying another role's permissions. */
export async function createRole(actor: Actor, raw: CreateRoleInput) {
  assertCan(actor, "roles.manage");
  const input = ZCreateRoleInput.parse(raw);
  try {
    return await db.$transaction(async (tx) => {
      const source = input.copyFromRoleId
        ? await tx.role.findUnique({ where: { id: input.copyFromRoleId }, select: { key: true, permissions: true } })
        : null;
      if (input.copyFromRoleId && !source) throw new AppError("validation", {}, { copyFromRoleId: "invalid" });
      const permissions = source?.permissions.map((p) => p.permission).sort() ?? [];
      const role = await tx.role.create({
        data: {
          key: input.key,
          nameEn: input.nameEn,
          nameAr: input.nameAr,
          isSystem: false,
          permissions: { create: permissions.map((permission) => ({ permission })) },
        },
        select: { id: true, key: true },
      });
      await writeAudit(tx, auditContext(actor), {
        action: "role.create",
        targetType: "role",
        targetId: role.id,
        after: {
          key: role.key,
          nameEn: input.nameEn,
          nameAr: input.nameAr,
          copiedFrom: source?.key ?? null,
          permissions,
        },
      });
      return role;
    });
  } catch (e) {
    if ((e as { code?: string }).code === "P2002") throw new AppError("role_key_taken", {}, { key: "role_key_taken" });
    throw e;
  }
}
