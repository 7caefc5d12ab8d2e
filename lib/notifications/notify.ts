import "server-only";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/generated/prisma/client";
import { permissionHoldersWhere } from "@/lib/rbac/holders";
import type { Permission } from "@/lib/rbac/permissions";
import { isNotificationType, safeNotificationLink, type NotificationType } from "./notification-text";

export type { NotificationType } from "./notification-text";

type NewNotification = {
  userId: string;
  type: NotificationType;
  params?: Record<string, string | number>;
  link?: string | null;
};

function rowData(n: NewNotification): Prisma.NotificationCreateManyInput {
  if (!isNotificationType(n.type)) throw new Error(`notify: unknown notification type ${String(n.type)}`);
  if (n.link != null && safeNotificationLink(n.link) === null) {
    throw new Error(`notify: link must be a locale-free in-app path, got ${JSON.stringify(n.link)}`);
  }
  return { userId: n.userId, type: n.type, params: n.params ?? {}, link: n.link ?? null };
}

/** Inside the caller's transaction. link is locale-free, e.g. "/callcenter/agent/orders/<id>". */
export async function notify(tx: Tx, n: NewNotification): Promise<void> {
  await tx.notification.create({ data: rowData(n), select: { id: true } });
}

/**
 * Same notification to every active user holding `permission` (role grant or per-user grant,
 * a per-user revocation wins: permissionHoldersWhere), optionally only `among` some users
 * (e.g. the keepers of one warehouse). Returns how many were notified.
 */
export async function notifyHolders(
  tx: Tx,
  permission: Permission,
  n: Omit<NewNotification, "userId">,
  among?: Prisma.UserWhereInput,
): Promise<number> {
  const where = among ? { AND: [permissionHoldersWhere(permission), among] } : permissionHoldersWhere(permission);
  const holders = await tx.user.findMany({ where, orderBy: { id: "asc" }, select: { id: true } });
  if (!holders.length) return 0;
  await tx.notification.createMany({ data: holders.map((u) => rowData({ ...n, userId: u.id })) });
  return holders.length;
}
