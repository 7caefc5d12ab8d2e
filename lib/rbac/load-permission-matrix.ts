import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/guards";
import { PERMISSION_GROUPS } from "./permissions";

/** Roles as columns (with the version each was loaded at), permissions grouped by module. */
export async function loadPermissionMatrix(actor: Actor) {
  assertCan(actor, "roles.manage");
  const roles = await db.role.findMany({
    orderBy: [{ isSystem: "desc" }, { createdAt: "asc" }],
    select: {
      id: true,
      key: true,
      nameEn: true,
      nameAr: true,
      isSystem: true,
      version: true,
      permissions: { select: { permission: true } },
      _count: { select: { users: true } },
    },
  });
  return {
    groups: Object.entries(PERMISSION_GROUPS).map(([group, permissions]) => ({ group, permissions: [...permissions] })),
    roles: roles.map((r) => ({
      id: r.id,
      key: r.key,
      nameEn: r.nameEn,
      nameAr: r.nameAr,
      isSystem: r.isSystem,
      version: r.version,
      userCount: r._count.users,
      permissions: r.permissions.map((p) => p.permission).sort(),
    })),
  };
}
export type PermissionMatrix = Awaited<ReturnType<typeof loadPermissionMatrix>>;
