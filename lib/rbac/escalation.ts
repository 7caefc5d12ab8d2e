import "server-only";
import type { Tx, Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { PRIVILEGED_PERMISSIONS, resolvePermissions, type Permission } from "@/lib/rbac/permissions";
import type { Actor } from "@/lib/auth/actor";

/**
 * No privilege escalation through user management: an actor may only hand out, or act on
 * holders of, administrative permissions the actor itself holds. (An admin without
 * roles.manage cannot make someone super admin, nor disable or demote one.)
 */
export function assertWithinActor(actor: Actor, permissions: Iterable<string>): void {
  for (const p of permissions) {
    if (PRIVILEGED_PERMISSIONS.has(p as Permission) && !actor.permissions.has(p as Permission)) {
      throw new AppError("role_escalation");
    }
  }
}

export async function rolePermissions(client: Db, roleId: string): Promise<string[]> {
  const rows = await client.rolePermission.findMany({ where: { roleId }, select: { permission: true } });
  return rows.map((r) => r.permission);
}

export async function userPermissions(client: Db, userId: string): Promise<ReadonlySet<Permission>> {
  const u = await client.user.findUniqueOrThrow({
    where: { id: userId },
    select: { role: { select: { permissions: true } }, permissionOverrides: true },
  });
  return resolvePermissions(
    u.role.permissions.map((p) => p.permission),
    u.permissionOverrides,
  );
}

/**
 * Someone active must still be able to manage roles after a change, or the system can no
 * longer be administered. Run inside the changing transaction, after the change.
 */
export async function assertRoleManagerRemains(tx: Tx): Promise<void> {
  // Without a lock this is write skew: two super admins disabling each other at once each
  // count the other as still active, and both commit. The lock makes such changes take turns;
  // the count below is a separate statement, so (READ COMMITTED) it sees the earlier one's
  // commit. It is the audit chain's lock (migration 20261122000100_integrity): callers write
  // an audit row in the same transaction anyway, and a separate lock would deadlock with
  // savePermissionMatrix, which writes its audit rows before calling this.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(727274001)`;
  const rows = await tx.$queryRaw<Array<{ n: bigint }>>`
    SELECT count(*)::bigint AS n FROM "User" u
    WHERE u.status = 'active'
      AND NOT EXISTS (SELECT 1 FROM "UserPermissionOverride" o
                      WHERE o."userId" = u.id AND o.permission = 'roles.manage' AND o.effect = 'revoke')
      AND (EXISTS (SELECT 1 FROM "RolePermission" rp WHERE rp."roleId" = u."roleId" AND rp.permission = 'roles.manage')
           OR EXISTS (SELECT 1 FROM "UserPermissionOverride" o
                      WHERE o."userId" = u.id AND o.permission = 'roles.manage' AND o.effect = 'grant'))`;
  if (Number(rows[0]?.n ?? 0) < 1) throw new AppError("last_super_admin");
}
