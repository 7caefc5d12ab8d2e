import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { writeAudit } from "@/lib/audit/write-audit";
import { auditContext, type Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { assertRoleManagerRemains } from "./escalation";
import { ZSavePermissionMatrixInput, type SavePermissionMatrixInput } from "./permission-matrix.schema";

/**
 * Saves the whole matrix atomically: either every changed role is written (each with an
 * audit row holding before/after) or nothing is. Each changed role is bumped conditionally on
 * the version the editor loaded, so two admins saving at once cannot silently overwrite
 * each other: the second gets `conflict` and reloads. Effective on the next request of every
 * affected user (permissions are resolved per request).
 */
export async function savePermissionMatrix(actor: Actor, raw: SavePermissionMatrixInput) {
  assertCan(actor, "roles.manage");
  const input = ZSavePermissionMatrixInput.parse(raw);

  return db.$transaction(async (tx) => {
    const ids = input.roles.map((r) => r.roleId);
    // Lock the roles of this save up front, in one order. Otherwise two saves of overlapping
    // sets deadlock: each holds a role row the other needs, one of them also the audit
    // chain's lock. Now the later one waits here, then fails the version check: `conflict`.
    await tx.$queryRaw`SELECT id FROM "Role" WHERE id = ANY(${ids}) ORDER BY id FOR UPDATE`;
    const current = await tx.role.findMany({
      where: { id: { in: ids } },
      select: { id: true, key: true, permissions: { select: { permission: true } } },
    });
    if (current.length !== new Set(ids).size) throw new AppError("not_found");
    const byId = new Map(current.map((r) => [r.id, r]));
    let changedRoles = 0;

    for (const wanted of input.roles) {
      const role = byId.get(wanted.roleId)!;
      const before = new Set(role.permissions.map((p) => p.permission));
      const after = new Set(wanted.permissions);
      const added = [...after].filter((p) => !before.has(p)).sort();
      const removed = [...before].filter((p) => !after.has(p)).sort();

      const bumped = await tx.role.updateMany({
        where: { id: role.id, version: wanted.version },
        data: added.length || removed.length ? { version: { increment: 1 } } : {},
      });
      if (bumped.count === 0) throw new AppError("conflict");
      if (!added.length && !removed.length) continue;

      if (removed.length)
        await tx.rolePermission.deleteMany({ where: { roleId: role.id, permission: { in: removed } } });
      if (added.length)
        await tx.rolePermission.createMany({ data: added.map((permission) => ({ roleId: role.id, permission })) });
      await writeAudit(tx, auditContext(actor), {
        action: "role.permissions",
        targetType: "role",
        targetId: role.id,
        before: { role: role.key, permissions: [...before].sort() },
        after: { role: role.key, permissions: [...after].sort(), added, removed },
      });
      changedRoles++;
    }
    await assertRoleManagerRemains(tx);
    return { changedRoles };
  });
}
