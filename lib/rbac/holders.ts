import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Permission } from "./permissions";

/**
 * Active users who hold `permission`, as a `where` for User: the same rule as
 * resolvePermissions (role grant or per-user grant, and a per-user revocation wins), but in
 * SQL, for lists such as "agents who can take calls" or "managers to notify".
 */
export function permissionHoldersWhere(permission: Permission): Prisma.UserWhereInput {
  return {
    // The accounts loadActor() lets act: active and verified.
    status: "active",
    emailVerifiedAt: { not: null },
    permissionOverrides: { none: { permission, effect: "revoke" } },
    OR: [
      { role: { permissions: { some: { permission } } } },
      { permissionOverrides: { some: { permission, effect: "grant" } } },
    ],
  };
}
